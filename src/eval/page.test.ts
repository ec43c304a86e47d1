import { describe, expect, it } from "vitest";
import { type Article, emptyArticle, type Page } from "../model/index.js";
import { evaluatePage } from "./page.js";
import { metrics } from "./scores.js";
import type { GoldArticle, GoldPage } from "./types.js";

// Synthetic text written for these tests.
const RIVER =
  "今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树。清晨的河堤上，散步的居民越来越多，孩子们在草地上放风筝，老人们坐在长椅上聊天。负责养护的工人说，等到夏天，这里会变成一条绿色长廊。";
const STREET =
  "东关老街完成改造后重新开放。青石板路恢复了原来的模样，沿街的木门窗也重新刷上了桐油。街口新开了几家手工作坊，吸引不少游客驻足。居民李大爷说，住了几十年，第一次觉得老街这么精神。";
const LIBRARY =
  "市图书馆延长开放时间，每晚九点才闭馆。下班后来读书的年轻人坐满了阅览室，管理员说周末的座位要提前预约。";
const PHOTO = "五月一日，游客在湖边公园观赏盛开的芍药花。";
const WEATHER = "明天白天多云转晴，偏南风三到四级，最高气温二十六度，夜间有零星小雨，请市民注意添衣。";
const SUFFIX = "（完）。";

const art = (fields: Partial<Article>): Article => ({ ...emptyArticle(), ...fields });

/** A busy page: one missed and one spurious article, a wrong kicker, false jumps, toc and duplicate errors. */
const gold: GoldPage = {
  file: "gold/demo-p01.txt",
  articles: [
    art({
      title: "春风吹绿小河岸",
      dateline: { source: "本报", place: null, date: null },
      authors: [{ name: "王小明", role: "reporter" }],
      paragraphs: [RIVER],
      continuesOn: 3,
    }),
    // Corpus-style gold: no label, dateline, authors or editor's note, so those are not scored here.
    {
      kind: "article",
      kicker: "城市更新进行时",
      title: "老街新貌",
      subtitle: null,
      paragraphs: [STREET],
      continuesOn: null,
      continuedFrom: null,
    },
    art({ label: "文化", title: "图书馆夜读", paragraphs: [LIBRARY], continuedFrom: 1 }),
    art({ kind: "photo", authors: [{ name: "赵 光", role: "photographer" }], paragraphs: [PHOTO] }),
    art({
      kind: "toc",
      title: "今日导读",
      toc: [
        { kicker: null, title: "老街新貌", page: 2 },
        { kicker: "乡村振兴", title: "麦田里的新农人", subtitle: "记青年返乡创业", page: 3 },
      ],
    }),
  ],
  removed: [
    { text: "河堤上散步的居民越来越多，孩子们在草地上放风筝", reason: "duplicate" },
    { text: "街口新开了几家手工作坊，吸引不少游客驻足", reason: "duplicate" },
  ],
};

const pred: Page = {
  file: "out/demo-p01.txt",
  paper: null,
  date: null,
  page: 1,
  pageName: null,
  articles: [
    art({
      title: "春风吹绿小河岸",
      dateline: { source: "本报", place: null, date: null },
      authors: [{ name: "王小明", role: "reporter" }],
      paragraphs: [RIVER],
      continuesOn: 3,
    }),
    art({
      label: "老街",
      kicker: "城市更新",
      title: "老街新貌",
      authors: [{ name: "某某", role: "reporter" }],
      paragraphs: [STREET + SUFFIX],
      continuedFrom: 1,
    }),
    art({ title: "天气预报", paragraphs: [WEATHER], continuesOn: 4 }),
    art({ kind: "photo", authors: [{ name: "赵光", role: "photographer" }], paragraphs: [PHOTO] }),
    art({
      kind: "toc",
      title: "今日导读",
      toc: [
        { kicker: null, title: "老街新貌", page: 2 },
        { kicker: "乡村振兴", title: "麦田里的新农人", page: 3 },
        { kicker: null, title: "广告", page: null },
      ],
    }),
  ],
  removed: [
    { text: "河堤上散步的居民越来越多，孩子们在 草地上放风筝", reason: "duplicate" },
    { text: "今日多云转晴", reason: "duplicate" },
    { text: "街口新开了几家手工作坊，吸引不少游客驻足", reason: "header" },
  ],
  messages: [],
};

describe("evaluatePage on a page with errors of every kind", () => {
  const report = evaluatePage(gold, pred, "demo-p01.txt");
  const s = report.scores;

  it("counts matched, missed and spurious articles, toc included", () => {
    expect(s.articles).toEqual({ matched: 4, gold: 5, predicted: 5 });
    expect(report.missed).toEqual(["图书馆夜读"]);
    expect(report.spurious).toEqual(["天气预报"]);
  });

  it("scores a field only where gold has it; null counts, absent does not", () => {
    expect(s.fields.kind).toEqual({ correct: 4, total: 5 });
    // label: absent on 老街新貌 (so its wrong 老街 is not held against it), missed on 图书馆夜读.
    expect(s.fields.label).toEqual({ correct: 3, total: 4 });
    expect(s.fields.kicker).toEqual({ correct: 3, total: 5 });
    expect(s.fields.title).toEqual({ correct: 4, total: 5 });
    expect(s.fields.subtitle).toEqual({ correct: 4, total: 5 });
    expect(s.fields.dateline).toEqual({ correct: 3, total: 4 });
    // The photographer printed as 赵 光 still matches 赵光.
    expect(s.fields.authors).toEqual({ correct: 3, total: 4 });
    expect(s.fields.editorNote).toEqual({ correct: 3, total: 4 });
  });

  it("averages body Dice over matched pairs", () => {
    const n = STREET.length;
    const k = SUFFIX.length;
    // Appending k characters keeps all n−1 gold bigrams and adds k: Dice = 2(n−1) / (2n+k−2).
    const street = (2 * (n - 1)) / (2 * n + k - 2);
    expect(s.body.pairs).toBe(4);
    expect(s.body.exact).toBe(3);
    expect(s.body.close).toBe(3);
    expect(s.body.diceSum / s.body.pairs).toBeCloseTo((3 + street) / 4, 10);
  });

  it("counts jump links and false links, matched or not", () => {
    // Gold links: 春风 continuesOn 3 (found), 图书馆 continuedFrom 1 (missed article).
    // Predicted: 春风 3 (right), 老街 continuedFrom 1 (gold null), 天气 continuesOn 4 (no gold article).
    expect(s.jumps).toEqual({ gold: 2, found: 1, predicted: 3, correct: 1, falseLinks: 2 });
  });

  it("scores duplicate removals by text, only those given as duplicates", () => {
    expect(s.duplicates).toEqual({ matched: 1, gold: 2, predicted: 2 });
  });

  it("pools toc entries by title and checks their fields", () => {
    expect(s.toc).toEqual({ matched: 2, gold: 2, predicted: 3, exact: 1 });
  });

  it("is not perfect, and says why", () => {
    expect(report.perfect).toBe(false);
    expect(s.perfect).toEqual({ correct: 0, total: 1 });
    const fields = report.mismatches.map((m) => `${m.field} @ ${m.article}`);
    expect(fields).toContain("kicker @ 老街新貌");
    expect(fields).toContain("continuedFrom (false link) @ 老街新貌");
    expect(fields).toContain("continuesOn (false link) @ 天气预报 (unmatched)");
    expect(fields.some((f) => f.startsWith("body (Dice 0.9"))).toBe(true);
    expect(report.mismatches.find((m) => m.field === "kicker")).toMatchObject({
      gold: '"城市更新进行时"',
      pred: '"城市更新"',
    });
  });

  it("gives the metric table the same numbers", () => {
    const byName = new Map(metrics(s).map((m) => [m.name, m.score]));
    expect(byName.get("articles.precision")).toBeCloseTo(0.8, 10);
    expect(byName.get("articles.f1")).toBeCloseTo(0.8, 10);
    expect(byName.get("jumps.precision")).toBeCloseTo(1 / 3, 10);
    expect(byName.get("jumps.false")).toBe(2);
    expect(byName.get("toc.exact")).toBeCloseTo(0.5, 10);
  });
});

describe("evaluatePage on a perfect page", () => {
  // Corpus-style gold: dateline and byline still in the first paragraph, no bylines or jumps known.
  const corpusGold: GoldArticle = {
    kind: "article",
    title: "小河公园开园",
    paragraphs: ["本报讯（记者 王小明）今天上午，小河公园正式开园。", "市民纷纷前来游览。"],
  };
  const ad: GoldArticle = { kind: "other", title: "招聘启事", paragraphs: [] };
  const parsed = art({
    title: "小河公园开园",
    dateline: { source: "本报", place: null, date: null, text: "本报讯" },
    authors: [{ name: "王小明", role: "reporter" }],
    credits: ["（记者 王小明）"],
    paragraphs: ["今天上午，小河公园正式开园。", "市民纷纷前来游览。"],
    continuesOn: 2,
  });
  const page = (articles: Article[]): Page => ({ ...pred, articles, removed: [] });

  it("is perfect when every gold article matches with every known field right", () => {
    const report = evaluatePage(
      { file: "p2.txt", articles: [corpusGold, ad] },
      page([parsed, art({ kind: "other", title: "招聘启事" })]),
    );
    expect(report.perfect).toBe(true);
    expect(report.scores.perfect).toEqual({ correct: 1, total: 1 });
    expect(report.scores.body).toEqual({ pairs: 2, diceSum: 2, exact: 2, close: 2 });
    // Gold does not know its jumps: the predicted continuesOn is neither right nor false.
    expect(report.scores.jumps).toEqual({ gold: 0, found: 0, predicted: 0, correct: 0, falseLinks: 0 });
    expect(report.mismatches).toEqual([]);
  });

  it("compares paragraphs alone when gold annotates the dateline and byline as fields", () => {
    // Hand-made gold (the sample page's shape): dateline parts without the printed text, no credits.
    const annotated = art({
      title: "小河公园开园",
      dateline: { source: "本报", place: null, date: null },
      authors: [{ name: "王小明", role: "reporter" }],
      paragraphs: ["今天上午，小河公园正式开园。", "市民纷纷前来游览。"],
      continuesOn: 2,
    });
    const report = evaluatePage({ file: "p2.txt", articles: [annotated] }, page([parsed]));
    expect(report.mismatches).toEqual([]);
    expect(report.scores.body).toEqual({ pairs: 1, diceSum: 1, exact: 1, close: 1 });
    expect(report.perfect).toBe(true);
  });

  it("is not perfect with one extra article", () => {
    const report = evaluatePage(
      { file: "p2.txt", articles: [corpusGold] },
      page([parsed, art({ title: "广告" })]),
    );
    expect(report.perfect).toBe(false);
    expect(report.spurious).toEqual(["广告"]);
  });

  it("scores a page without prediction as fully missed", () => {
    const report = evaluatePage({ file: "p2.txt", articles: [corpusGold, ad] }, null);
    expect(report.predicted).toBe(false);
    expect(report.scores.articles).toEqual({ matched: 0, gold: 2, predicted: 0 });
    expect(report.scores.fields.title).toEqual({ correct: 0, total: 2 });
    expect(report.missed).toEqual(["小河公园开园", "招聘启事"]);
  });
});
