import { describe, expect, it } from "vitest";
import type { GoldArticle } from "../gold.js";
import { pdfItemOf, pdfPageOf } from "./from-draft.js";

// Made-up articles.
function gold(fields: Partial<GoldArticle>): GoldArticle {
  return {
    kicker: null,
    title: "标题",
    subtitle: null,
    paragraphs: [],
    continuesOn: null,
    continuedFrom: null,
    ...fields,
  };
}

describe("pdfItemOf", () => {
  it("gives headline runs their roles back from the gold", () => {
    const item = pdfItemOf(
      [
        { kind: "headline", text: "河畔小镇" },
        { kind: "headline", text: "春风吹绿小山村" },
        { kind: "text", text: "村口的老槐树下。", indent: true, suffix: "（下转第7版）" },
      ],
      gold({ kicker: "河畔小镇", title: "春风吹绿小山村", paragraphs: ["村口的老槐树下。"], continuesOn: 7 }),
    );
    expect(item.kind).toBe("article");
    expect(item.head).toEqual([
      { kind: "kicker", text: "河畔小镇" },
      { kind: "title", text: "春风吹绿小山村" },
    ]);
    expect(item.body).toEqual([
      { kind: "text", text: "村口的老槐树下。", indent: true, suffix: "（下转第7版）" },
    ]);
  });

  it("skips a blank kicker as draft.ts does, so the subtitle stays a subtitle", () => {
    const item = pdfItemOf(
      [
        { kind: "headline", text: "小店开张" },
        { kind: "headline", text: "——街巷热闹" },
      ],
      gold({ kicker: " ", title: "小店开张", subtitle: "——街巷热闹" }),
    );
    expect(item.head.map((b) => b.kind)).toEqual(["title", "subtitle"]);
  });

  it("keeps jump lines and duplicates as blocks of their own", () => {
    const item = pdfItemOf(
      [
        { kind: "headline", text: "小店开张" },
        { kind: "jump", text: "（上接第1版）" },
        { kind: "text", text: "面馆排起长队。", indent: false },
        { kind: "duplicate", text: "排起长队。" },
      ],
      gold({ title: "小店开张", paragraphs: ["面馆排起长队。"], continuedFrom: 1 }),
    );
    expect(item.body.map((b) => b.kind)).toEqual(["jump", "text", "duplicate"]);
  });

  it("recognises pictures and ads by their titles", () => {
    const kind = (fields: Partial<GoldArticle>) => pdfItemOf([], gold(fields)).kind;
    expect(kind({ title: "图片报道", paragraphs: ["清晨的渡口。"] })).toBe("picture");
    expect(kind({ title: "春山（油画）" })).toBe("picture");
    expect(kind({ title: "广告" })).toBe("ad");
    expect(kind({ title: "广告", paragraphs: ["招聘启事。"] })).toBe("article");
    expect(kind({ title: "图片报道", paragraphs: ["长".repeat(400)] })).toBe("article");
  });
});

describe("pdfPageOf", () => {
  it("needs one gold article per item", () => {
    expect(() => pdfPageOf({ header: null, items: [[]] }, [])).toThrow(/one gold article per draft item/);
  });
});
