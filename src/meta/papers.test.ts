import { describe, expect, it } from "vitest";
import { PAPERS, paperById, paperByName } from "./papers.js";

describe("papers registry", () => {
  it("has unique ids and names, ids in lower-case pinyin initials", () => {
    const names = PAPERS.flatMap((p) => [p.name, ...(p.formerNames ?? [])]);
    expect(new Set(PAPERS.map((p) => p.id)).size).toBe(PAPERS.length);
    expect(new Set(names).size).toBe(names.length);
    for (const p of PAPERS) expect(p.id).toMatch(/^[a-z]+$/);
  });

  it("finds papers by id, case-insensitively", () => {
    expect(paperById("lcrb")?.name).toBe("聊城日报");
    expect(paperById("RMRB")?.name).toBe("人民日报");
    expect(paperById("gmrb")?.name).toBe("光明日报");
    expect(paperById("xyzb")).toBeNull();
    expect(paperById("")).toBeNull();
  });

  it("finds papers by printed name, former names and spaced-out mastheads", () => {
    expect(paperByName("经济日报")?.id).toBe("jjrb");
    expect(paperByName("法制日报")?.id).toBe("fzrb");
    expect(paperByName("人 民 日 报")?.id).toBe("rmrb");
    expect(paperByName("人民日报海外版")?.id).toBe("rmrbhwb");
    expect(paperByName("人民")).toBeNull();
    expect(paperByName("要闻")).toBeNull();
  });
});
