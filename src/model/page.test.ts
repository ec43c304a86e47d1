import { describe, expect, it } from "vitest";
import { type Article, emptyArticle, printOrder } from "./page.js";

// Made-up articles; the credit shapes are the sample page's.
const texts = (a: Article) =>
  printOrder(a).map((p) => {
    if (p.kind === "dateline") return `dateline:${p.dateline.text ?? ""}`;
    if (p.kind === "editorNote") return `note:${p.label ?? ""}${p.text}`;
    return `${p.kind}:${p.text}`;
  });

describe("printOrder", () => {
  const article: Article = {
    ...emptyArticle(),
    editorNoteLabel: "编者按",
    editorNote: "本文有删节。",
    dateline: { source: "本报", place: null, date: null, text: "本报讯" },
    credits: ["■ 李长萍", "（记者 王小明）", "本报记者 张三摄"],
    paragraphs: ["第一段。", "图：小河两岸。"],
  };

  it("puts each credit after as many pieces (editor's note, dateline, paragraphs) as creditsAt says", () => {
    expect(texts({ ...article, creditsAt: [0, 2, 4] })).toEqual([
      "credit:■ 李长萍",
      "note:编者按本文有删节。",
      "dateline:本报讯",
      "credit:（记者 王小明）",
      "paragraph:第一段。",
      "paragraph:图：小河两岸。",
      "credit:本报记者 张三摄",
    ]);
  });

  it("puts credits before the first paragraph when their positions are missing or do not fit", () => {
    const unplaced = [
      "note:编者按本文有删节。",
      "dateline:本报讯",
      "credit:■ 李长萍",
      "credit:（记者 王小明）",
      "credit:本报记者 张三摄",
      "paragraph:第一段。",
      "paragraph:图：小河两岸。",
    ];
    expect(texts(article)).toEqual(unplaced);
    // One position short (a story stitched from parts), past the end, decreasing, not a whole number.
    for (const creditsAt of [
      [0, 2],
      [0, 2, 5],
      [2, 0, 4],
      [0, 1.5, 4],
    ])
      expect(texts({ ...article, creditsAt }), JSON.stringify(creditsAt)).toEqual(unplaced);
  });

  it("gives an article without credits, dateline or note its paragraphs alone", () => {
    expect(texts({ ...emptyArticle(), paragraphs: ["一。", "二。"] })).toEqual([
      "paragraph:一。",
      "paragraph:二。",
    ]);
  });
});
