import { describe, expect, it } from "vitest";
import { readDateline } from "./dateline.js";

// Made-up paragraphs opening with each dateline form of the development corpus.
describe("readDateline", () => {
  it.each([
    ["新华社北京4月23日电 双方举行会谈。", "新华社", "北京", "4月23日", "新华社北京4月23日电"],
    ["本报讯　老街重新开放。", "本报", null, null, "本报讯"],
    ["本报北京1月31日电 记者获悉。", "本报", "北京", "1月31日", "本报北京1月31日电"],
    ["据新华社金边1月30日电 当地举行活动。", "新华社", "金边", "1月30日", "据新华社金边1月30日电"],
    [
      "新华社老挝琅勃拉邦3月9日电 当地举办花展。",
      "新华社",
      "老挝琅勃拉邦",
      "3月9日",
      "新华社老挝琅勃拉邦3月9日电",
    ],
    ["新华社北京二月十六日电 当地举办花展。", "新华社", "北京", "二月十六日", "新华社北京二月十六日电"],
  ])("reads %s", (paragraph, source, place, date, text) => {
    const read = readDateline(paragraph);
    expect(read?.dateline).toEqual({ source, place, date, text });
    expect(read?.byline).toBeNull();
    expect(read?.rest).toBe(paragraph.slice(text.length).trimStart());
  });

  it("reads the byline after the dateline, with its authors and the rest of the paragraph", () => {
    expect(readDateline("新华社北京4月23日电（记者 董雪 冯欽然）4月23日上午，双方举行会谈。")).toEqual({
      dateline: { source: "新华社", place: "北京", date: "4月23日", text: "新华社北京4月23日电" },
      byline: "（记者 董雪 冯欽然）",
      authors: [
        { name: "董雪", role: "reporter" },
        { name: "冯欽然", role: "reporter" },
      ],
      rest: "4月23日上午，双方举行会谈。",
    });
  });

  it("reads reporter and correspondent roles from 本报讯（记者 邹辉 通讯员 朱真）", () => {
    const read = readDateline("本报讯（记者 邹辉 通讯员 朱真）4月23日，记者获悉。");
    expect(read?.authors).toEqual([
      { name: "邹辉", role: "reporter" },
      { name: "朱真", role: "correspondent" },
    ]);
    expect(read?.rest).toBe("4月23日，记者获悉。");
  });

  it("reads bylines without a role word or a space: （记者钱一凡） and （鲜敢、汪学潮）", () => {
    expect(readDateline("本报北京1月31日电（记者钱一凡）记者获悉。")?.authors).toEqual([
      { name: "钱一凡", role: "reporter" },
    ]);
    expect(readDateline("新华社老挝琅勃拉邦3月9日电（鲜敢、汪学潮）花展开幕。")?.authors).toEqual([
      { name: "鲜敢", role: "reporter" },
      { name: "汪学潮", role: "reporter" },
    ]);
  });

  it("leaves a bracket that names nobody in the paragraph", () => {
    const read = readDateline("新华社北京4月23日电（2月1日）正文。");
    expect([read?.byline, read?.authors, read?.rest]).toEqual([null, [], "（2月1日）正文。"]);
  });

  it("finds no dateline in prose about a reporter", () => {
    expect(readDateline("本报记者从县里获悉，柳树成活率很高。")).toBeNull();
    expect(readDateline("新华社记者近日走访了一些村庄。")).toBeNull();
  });

  // Fixed (was a bug): the place in DATELINE is any 1–12 Han characters (lazy) before 电/讯/消息, so prose that opens with
  // 本报 or 新华社 and mentions 来电 or 消息 within 12 characters reads as a dateline; the article then loses
  // its first words into dateline.text (place 近日收到读者来). Minimal input: a paragraph
  // "本报近日收到读者来电，反映小区停车难。" (likewise "新华社发布消息称，会议将于明天召开。").
  it("finds no dateline in prose that mentions a phone call or a message", () => {
    expect(readDateline("本报近日收到读者来电，反映小区停车难。")).toBeNull();
    expect(readDateline("新华社发布消息称，会议将于明天召开。")).toBeNull();
  });
});
