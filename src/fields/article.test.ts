import { describe, expect, it } from "vitest";
import { classifyBlock, type Draft, type Unit } from "../segment/index.js";
import { buildArticle } from "./article.js";

// Made-up text; the credit and editor's-note shapes are the sample page's.
function unitsOf(texts: readonly string[], firstLine = 1): Unit[] {
  return texts.map((text, i) =>
    classifyBlock({
      lines: [text],
      text,
      line: firstLine + 2 * i,
      lastLine: firstLine + 2 * i,
      indented: null,
      gapBefore: 1,
    }),
  );
}
function build(heading: readonly string[], body: readonly string[]) {
  const draft: Draft = {
    kind: "article",
    heading: unitsOf(heading),
    body: unitsOf(body, 2 * heading.length + 1),
    rule: "test",
  };
  return buildArticle(draft);
}

const CAPTION = "4月22日，公园草木葱茏，市民漫步其间，尽享春日美景。";
const PARA = "今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树。";

describe("buildArticle: headline, dateline and byline", () => {
  it("reads the headline, the dateline with its byline, and the paragraphs", () => {
    const { article, messages } = build(
      ["高唐 14笔专利权质押融资 1.26亿元"],
      ["本报讯（记者 邹辉 通讯员 朱真）4月23日，记者获悉。", "第二段话。"],
    );
    expect(article).toMatchObject({
      kind: "article",
      label: "高唐",
      title: "14笔专利权质押融资 1.26亿元",
      dateline: { source: "本报", place: null, date: null, text: "本报讯" },
      authors: [
        { name: "邹辉", role: "reporter" },
        { name: "朱真", role: "correspondent" },
      ],
      credits: ["（记者 邹辉 通讯员 朱真）"],
      creditsAt: [1],
      paragraphs: ["4月23日，记者获悉。", "第二段话。"],
    });
    expect(messages).toEqual([]);
  });

  it("reads a dateline only at the top of the body", () => {
    const { article } = build(["小河两岸柳成行"], [PARA, "第二段话。", "本报讯　这一段不是开头。"]);
    expect(article.dateline).toBeNull();
    expect(article.paragraphs).toEqual([PARA, "第二段话。", "本报讯　这一段不是开头。"]);
  });

  it("takes one prose block between the headline and the dateline as the subtitle", () => {
    const deck = "县里组织志愿者种下三千棵柳树。";
    const { article } = build(["小河两岸柳成行"], [deck, `本报讯　${PARA}`]);
    expect([article.subtitle, article.paragraphs]).toEqual([deck, [PARA]]);
  });

  it("keeps that block as the first paragraph when the headline has a subtitle, and reads the dateline", () => {
    const lead = "县里组织志愿者种下三千棵柳树。";
    const { article } = build(["小河两岸柳成行", "——记县里的植树志愿者"], [lead, `本报讯　${PARA}`]);
    expect([article.subtitle, article.paragraphs]).toEqual(["——记县里的植树志愿者", [lead, PARA]]);
    expect(article.dateline?.text).toBe("本报讯");
  });

  it("warns about an item without a headline", () => {
    const { article, messages } = build([], [PARA, "第二段话。", "第三段话。"]);
    expect(article.title).toBeNull();
    expect(messages).toEqual([
      {
        level: "warning",
        rule: "fields/no-headline",
        line: 1,
        message: "an item without a headline: its paragraphs could not be attached to any article",
      },
    ]);
  });
});

describe("buildArticle: credits", () => {
  it("reads ■ 孙文辉 after a caption as its photographer, making the item a photo", () => {
    const { article } = build([], [CAPTION, "■ 孙文辉"]);
    expect(article).toMatchObject({
      kind: "photo",
      authors: [{ name: "孙文辉", role: "photographer" }],
      credits: ["■ 孙文辉"],
      creditsAt: [1],
      paragraphs: [CAPTION],
    });
  });

  it("reads ■ 孙文辉 closing the caption on the same line the same way", () => {
    const { article } = build([], [`${CAPTION} ■ 孙文辉`]);
    expect([article.kind, article.authors, article.paragraphs, article.creditsAt]).toEqual([
      "photo",
      [{ name: "孙文辉", role: "photographer" }],
      [CAPTION],
      [1],
    ]);
  });

  it("reads ■ 李长萍 under a headline as the author", () => {
    const { article } = build(["从实践中汲取力量"], ["■ 李长萍", PARA]);
    expect([article.kind, article.authors]).toEqual(["article", [{ name: "李长萍", role: "author" }]]);
    expect(article.creditsAt).toEqual([0]);
  });

  it("keeps where each credit is printed among the paragraphs: a credit after each picture's caption", () => {
    const { article } = build(
      ["小河两岸柳成行"],
      ["图①：小河两岸的柳树吐出新芽。", "本报记者 张三摄", "图②：志愿者在河边种树。", "李四摄", PARA],
    );
    expect([article.credits, article.creditsAt, article.paragraphs.length]).toEqual([
      ["本报记者 张三摄", "李四摄"],
      [1, 2],
      3,
    ]);
  });

  it("counts the dateline before its byline and a credit at the end of the same paragraph after it", () => {
    const { article } = build(["小河两岸柳成行"], [`本报讯（记者 王小明）${PARA}本报记者 张三摄`]);
    expect([article.credits, article.creditsAt, article.paragraphs]).toEqual([
      ["（记者 王小明）", "本报记者 张三摄"],
      [1, 2],
      [PARA],
    ]);
  });

  it("reads 本报记者 张三 摄 and 新华社记者 李四摄 as photographers", () => {
    expect(build(["图片报道"], [CAPTION, "本报记者 张三 摄"]).article).toMatchObject({
      kind: "photo",
      title: "图片报道",
      authors: [{ name: "张三", role: "photographer" }],
    });
    expect(build([], [`${CAPTION}新华社记者 李四摄`]).article).toMatchObject({
      kind: "photo",
      authors: [{ name: "李四", role: "photographer" }],
      credits: ["新华社记者 李四摄"],
      paragraphs: [CAPTION],
    });
  });
});

describe("buildArticle: jump lines", () => {
  it("reads a continuation mark alone and a jump line ending a paragraph, and reports both as removed", () => {
    const { article, removed } = build(
      ["小河两岸柳成行"],
      ["（上接第1版）", `本报讯　${PARA}`, "第二段话。（下转第七版）"],
    );
    expect([article.continuedFrom, article.continuesOn]).toEqual([1, 7]);
    expect(article.paragraphs).toEqual([PARA, "第二段话。"]);
    expect(removed).toEqual([
      { text: "（上接第1版）", reason: "jump" },
      { text: "（下转第七版）", reason: "jump" },
    ]);
  });

  it("reads a continuation mark opening a paragraph and a jump line alone", () => {
    const { article } = build(["小河两岸柳成行"], ["（上接第十二版）第一段话。", "（转第3版）"]);
    expect([article.continuedFrom, article.continuesOn, article.paragraphs]).toEqual([12, 3, ["第一段话。"]]);
  });

  it("warns when an article jumps out to two different pages", () => {
    const { article, messages } = build(["小河两岸柳成行"], ["第一段话。（下转第3版）", "（下转第4版）"]);
    expect(article.continuesOn).toBe(4);
    expect(messages.map((m) => [m.rule, m.line])).toEqual([["fields/jump-twice", 5]]);
  });
});

describe("buildArticle: editor's notes", () => {
  it("reads 编者按 with the note on the same line", () => {
    const { article } = build(
      ["从实践中汲取力量"],
      ["■ 李长萍", "编者按 4月23日，某报刊发署名文章，现予以全文转载。", PARA],
    );
    expect(article).toMatchObject({
      editorNoteLabel: "编者按",
      editorNote: "4月23日，某报刊发署名文章，现予以全文转载。",
      paragraphs: [PARA],
      authors: [{ name: "李长萍", role: "author" }],
      creditsAt: [0],
    });
  });

  it("counts the editor's note before a byline printed under it", () => {
    const { article } = build(
      ["小河两岸柳成行"],
      ["编者按 春天到了，我们推出植树系列报道。", "本报记者 王小明", PARA],
    );
    expect([article.editorNote, article.credits, article.creditsAt]).toEqual([
      "春天到了，我们推出植树系列报道。",
      ["本报记者 王小明"],
      [1],
    ]);
  });

  it("keeps every character of 编者按： with its colon", () => {
    const { article } = build(["小河两岸柳成行"], ["编者按：春天到了，我们推出植树系列报道。", PARA]);
    expect(`${article.editorNoteLabel ?? ""}${article.editorNote ?? ""}`).toBe(
      "编者按：春天到了，我们推出植树系列报道。",
    );
    expect(article.editorNote).toBe("春天到了，我们推出植树系列报道。");
  });

  it("reads 编者的话 alone as the label of the note that follows it", () => {
    const { article } = build(
      ["小河两岸柳成行"],
      ["编者的话", "春天到了，我们推出植树系列报道。", `本报讯　${PARA}`],
    );
    expect(article).toMatchObject({
      editorNoteLabel: "编者的话",
      editorNote: "春天到了，我们推出植树系列报道。",
      dateline: { text: "本报讯" },
      paragraphs: [PARA],
    });
  });
});

describe("buildArticle: subheadings, call-outs and contents boxes", () => {
  it("keeps subheadings and number call-outs as paragraphs", () => {
    const { article } = build(
      ["小河两岸柳成行"],
      ["核心阅读", PARA, "一、柳树成活率高", "97%以上", "第二段话。"],
    );
    expect(article.paragraphs).toEqual(["核心阅读", PARA, "一、柳树成活率高", "97%以上", "第二段话。"]);
  });

  it("reads a contents draft into entries", () => {
    const draft: Draft = {
      kind: "toc",
      heading: unitsOf(["今日导读"]),
      body: unitsOf(["当好全面深化改革排头兵", "第2版"], 3),
      rule: "toc-head",
    };
    const { article } = buildArticle(draft);
    expect([article.kind, article.title, article.paragraphs]).toEqual(["toc", "今日导读", []]);
    expect(article.toc).toEqual([
      { kicker: null, title: "当好全面深化改革排头兵", page: 2, text: "当好全面深化改革排头兵\n第2版" },
    ]);
  });
});

describe("buildArticle: a column-tagged title over a sentence", () => {
  const heading = ["小河两岸柳成行（新论）", "县里组织志愿者种下三千棵柳树，河岸绿了，水也清了"];
  const body = ["今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树。"];

  it("reads the sentence as the body's lead where nothing shows how it is set", () => {
    const { article } = build(heading, body);
    expect(article.title).toBe("小河两岸柳成行（新论）");
    expect(article.subtitle).toBeNull();
    expect(article.paragraphs[0]).toBe(heading[1]);
  });

  it("reads it as the subtitle where print sets it in the title's headline (a PDF's deck)", () => {
    const sizes = [30, 18];
    const draft: Draft = {
      kind: "article",
      heading: unitsOf(heading).map((u, i) => ({
        ...u,
        typography: { size: sizes[i] as number, scale: 1, bold: false, headline: 1 },
      })),
      body: unitsOf(body, 5),
      rule: "test",
    };
    const { article } = buildArticle(draft);
    expect(article.title).toBe("小河两岸柳成行（新论）");
    expect(article.subtitle).toBe(heading[1]);
  });
});
