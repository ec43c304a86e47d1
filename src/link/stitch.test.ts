// A jumped story put back together: parts in order, a paragraph cut by the jump joined again.
import { describe, expect, it } from "vitest";
import { emptyArticle, printOrder } from "../model/index.js";
import { joinParagraphs } from "./continuity.js";
import { stitch } from "./stitch.js";

describe("joinParagraphs", () => {
  it("joins a paragraph cut mid-sentence and keeps a cut at a paragraph end", () => {
    expect(
      joinParagraphs([
        ["第一段。", "第二段说到一半，"],
        ["接着说完。", "第三段。"],
      ]),
    ).toEqual(["第一段。", "第二段说到一半，接着说完。", "第三段。"]);
    expect(joinParagraphs([["第一段。"], ["第二段。"]])).toEqual(["第一段。", "第二段。"]);
    expect(joinParagraphs([[], ["只有后半。"]])).toEqual(["只有后半。"]);
  });
});

describe("stitch", () => {
  const start = {
    ...emptyArticle(),
    title: "小河公园正式开园",
    paragraphs: ["今天上午，小河公园正式开园，市民"],
    continuesOn: 3,
    credits: ["（记者 王小明）"],
  };
  const tail = {
    ...emptyArticle(),
    title: "小河公园正式开园",
    paragraphs: ["纷纷前来游览。"],
    continuedFrom: 1,
  };

  it("keeps the start's headline, joins the paragraphs, lists the parts with provenance", () => {
    const s = stitch([
      { id: "x-p01-a02", page: 1, position: 2, article: start },
      { id: "x-p03-a05", page: 3, position: 5, article: tail },
    ]);
    expect(s.article).toMatchObject({
      id: "x-p01-a02",
      title: "小河公园正式开园",
      paragraphs: ["今天上午，小河公园正式开园，市民纷纷前来游览。"],
      continuesOn: null,
      continuedFrom: null,
      credits: ["（记者 王小明）"],
    });
    expect(s.parts).toEqual([
      { id: "x-p01-a02", page: 1, position: 2, role: "start" },
      { id: "x-p03-a05", page: 3, position: 5, role: "continuation" },
    ]);
  });

  it("keeps each part's credits where they were printed: a photo credit at the tail's end stays at the story's", () => {
    const dateline = { source: "本报", place: null, date: null, text: "本报讯" };
    const head = { ...start, dateline, creditsAt: [1] };
    const end = {
      ...tail,
      paragraphs: ["纷纷前来游览。", "园内步道全长三公里。"],
      credits: ["■ 张三"],
      creditsAt: [2],
    };
    const s = stitch([
      { id: "x-p01-a02", page: 1, position: 2, article: head },
      { id: "x-p03-a05", page: 3, position: 5, article: end },
    ]);
    // The head's last paragraph and the tail's first become one: 本报讯, 记者, one paragraph, another, 张三.
    expect(s.article.paragraphs).toHaveLength(2);
    expect(s.article.credits).toEqual(["（记者 王小明）", "■ 张三"]);
    expect(s.article.creditsAt).toEqual([1, 3]);
    expect(printOrder(s.article).map((p) => p.kind)).toEqual([
      "dateline",
      "credit",
      "paragraph",
      "paragraph",
      "credit",
    ]);
  });

  it("keeps a jump that leads nowhere stored: the story still continues on that page", () => {
    expect(stitch([{ id: "x", page: 1, position: 1, article: start }]).article.continuesOn).toBe(3);
  });

  it("refuses a story with no parts", () => {
    expect(() => stitch([])).toThrow(/at least one part/u);
  });
});
