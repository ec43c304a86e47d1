import { describe, expect, it } from "vitest";
import { parseByline } from "./byline.js";

// Made-up names, and the forms of the sample page's bylines.
describe("parseByline", () => {
  it("puts each name under the last role word before it", () => {
    expect(parseByline("记者 邹辉 通讯员 朱真", "reporter")).toEqual([
      { name: "邹辉", role: "reporter" },
      { name: "朱真", role: "correspondent" },
    ]);
    expect(parseByline("记者 董雪 冯欽然", "reporter")).toEqual([
      { name: "董雪", role: "reporter" },
      { name: "冯欽然", role: "reporter" },
    ]);
  });

  it("splits a name run together with its role word", () => {
    expect(parseByline("记者钱一凡", "reporter")).toEqual([{ name: "钱一凡", role: "reporter" }]);
    expect(parseByline("本报记者张三", "author")).toEqual([{ name: "张三", role: "reporter" }]);
  });

  it("gives names without a role word the default role", () => {
    expect(parseByline("鲜敢、汪学潮", "reporter")).toEqual([
      { name: "鲜敢", role: "reporter" },
      { name: "汪学潮", role: "reporter" },
    ]);
    expect(parseByline("孙文辉", "author")).toEqual([{ name: "孙文辉", role: "author" }]);
  });

  it("joins a two-character name padded to three cells", () => {
    expect(parseByline("汪　平", "photographer")).toEqual([{ name: "汪平", role: "photographer" }]);
    expect(parseByline("记者 李 明 王 刚", "reporter").map((a) => a.name)).toEqual(["李明", "王刚"]);
  });

  it("keeps a photographer a photographer whatever role word precedes the name", () => {
    expect(parseByline("本报记者 张三", "photographer")).toEqual([{ name: "张三", role: "photographer" }]);
  });

  it("reads an intern as other and a transliterated name whole", () => {
    expect(parseByline("记者 阿卜杜·热合曼 实习生 李四", "reporter")).toEqual([
      { name: "阿卜杜·热合曼", role: "reporter" },
      { name: "李四", role: "other" },
    ]);
  });

  it("takes nothing that is not shaped like a person's name", () => {
    expect(parseByline("2月1日", "reporter")).toEqual([]);
    expect(parseByline("完", "reporter")).toEqual([]);
    expect(parseByline("记者 欧阳明月华", "reporter")).toEqual([]);
  });
});
