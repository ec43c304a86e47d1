import { describe, expect, it } from "vitest";
import { emptyArticle, type Page } from "../model/index.js";
import { formatOutline } from "./outline.js";

// A made-up page, built by hand so the outline is tested apart from the parser.
function samplePage(): Page {
  return {
    file: "lcrb-2025-04-24-p01.txt",
    paper: "聊城日报",
    date: "2025-04-24",
    page: 1,
    pageName: null,
    articles: [
      {
        ...emptyArticle(),
        id: "a01",
        label: "高唐",
        kicker: "春风里的小河",
        title: "小河两岸柳成行",
        subtitle: "——记县里的植树志愿者",
        dateline: { source: "本报", place: null, date: null, text: "本报讯" },
        authors: [
          { name: "邹辉", role: "reporter" },
          { name: "吕晓磊", role: "reporter" },
          { name: "朱真", role: "correspondent" },
        ],
        paragraphs: ["今年春天，县里种下三千棵柳树。", "河堤热闹。"],
        continuedFrom: 1,
        continuesOn: 7,
      },
      {
        ...emptyArticle("photo"),
        id: "a02",
        authors: [{ name: "孙文辉", role: "photographer" }],
        paragraphs: ["公园草木葱茏。"],
      },
      {
        ...emptyArticle("toc"),
        id: "a03",
        title: "今日导读",
        toc: [{ kicker: "作风深化", title: "当好排头兵", subtitle: "看县里如何做", page: 2 }],
      },
    ],
    removed: [{ text: "河堤热闹。\n（下转第7版）", reason: "duplicate" }],
    messages: [
      { level: "info", rule: "meta/header", message: "not shown" },
      { level: "info", rule: "repair/duplicate", line: 5, message: "dropped 5 characters" },
      { level: "warning", rule: "fields/no-headline", line: 9, message: "an item without a headline" },
    ],
  };
}

describe("formatOutline", () => {
  it("lists the page, each item's headline, dateline, authors, size, jumps and first paragraph", () => {
    expect(formatOutline(samplePage())).toBe(
      [
        "聊城日报 · 2025-04-24 · 第1版  (lcrb-2025-04-24-p01.txt)",
        "3 items · 1 duplicate fragment removed",
        "",
        "a01    引 春风里的小河",
        "       〔高唐〕 小河两岸柳成行",
        "       副 ——记县里的植树志愿者",
        "       本报讯 · 记者 邹辉、吕晓磊 · 通讯员 朱真",
        "       2 paragraphs, 20 characters · 上接第1版 · 下转第7版",
        "       │ 今年春天，县里种下三千棵柳树。",
        "",
        "a02    [photo] (no headline)",
        "       摄影 孙文辉",
        "       1 paragraph, 7 characters",
        "       │ 公园草木葱茏。",
        "",
        "a03    [toc] 今日导读",
        "       · 作风深化 / 当好排头兵 / ——看县里如何做  第2版",
        "",
        "removed:",
        "  duplicate  河堤热闹。 （下转第7版）",
        "",
        "messages:",
        "  info    line 5: dropped 5 characters  [repair/duplicate]",
        "  warning line 9: an item without a headline  [fields/no-headline]",
        "",
        "",
      ].join("\n"),
    );
  });

  it("says so when the page has no metadata, and clips a long first paragraph to 60 characters", () => {
    const page: Page = {
      ...samplePage(),
      paper: null,
      date: null,
      page: null,
      articles: [{ ...emptyArticle(), id: "a01", title: "标题", paragraphs: ["柳".repeat(70)] }],
      removed: [],
      messages: [],
    };
    const lines = formatOutline(page).split("\n");
    expect(lines[0]).toBe("(page without metadata)  (lcrb-2025-04-24-p01.txt)");
    expect(lines[1]).toMatch(/ · 0 duplicate fragments removed$/u);
    expect(lines).toContain(`       │ ${"柳".repeat(59)}…`);
  });

  it("shows an editor's note under its label", () => {
    const page: Page = {
      ...samplePage(),
      articles: [
        { ...emptyArticle(), id: "a01", title: "标题", editorNoteLabel: "编者的话", editorNote: "说明。" },
      ],
    };
    expect(formatOutline(page).split("\n")).toContain("       编者的话：说明。");
  });

  // Fixed (was a bug): the article stage now keeps the label as printed, colon included (编者按：, so conservation holds),
  // but the outline appends its own colon and prints 编者按：：说明。 Minimal input: an article with
  // editorNoteLabel "编者按：" and editorNote "说明。" (what "标题\n\n编者按：说明。\n\n正文。" parses to).
  it("prints a label that carries its own colon with one colon", () => {
    const page: Page = {
      ...samplePage(),
      articles: [
        { ...emptyArticle(), id: "a01", title: "标题", editorNoteLabel: "编者按：", editorNote: "说明。" },
      ],
    };
    expect(formatOutline(page).split("\n")).toContain("       编者按：说明。");
  });
});
