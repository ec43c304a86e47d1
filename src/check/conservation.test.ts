import { describe, expect, it } from "vitest";
import { emptyArticle, type Page } from "../model/index.js";
import { parseText } from "../pipeline.js";
import { articleTexts, conservation } from "./conservation.js";

// A made-up page with every kind of furniture the stages move out of the paragraphs: dateline and byline,
// jump lines, a duplicated tail, a caption credit, a label, an author credit, an editor's note with its
// colon, and a contents box.
const PAGE = [
  "小河两岸柳成行",
  "",
  "新华社北京4月23日电（记者 董雪 冯欽然）今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树，河堤上散步的居民越来越多，傍晚尤其热闹。（下转第7版）",
  "",
  "河堤上散步的居民越来越多，傍晚尤其热闹。（下转第7版）",
  "",
  "4月22日，公园草木葱茏，市民漫步其间，尽享春日美景。 ■ 孙文辉",
  "",
  "高唐 老街焕新颜迎来八方来客",
  "",
  "本报讯（记者 邹辉 通讯员 朱真）东关老街完成改造后重新开放，青石板路恢复了原来的模样。",
  "",
  "从实践中汲取前进的力量",
  "",
  "■ 李长萍",
  "",
  "编者按：春天到了，本报推出植树系列报道，现予以刊发。",
  "",
  "志愿者们说，柳树长大以后，小河两岸会更加热闹。（下转第8版）",
  "",
  "今日导读",
  "",
  "作风深化 实干争先",
  "当好全面深化改革排头兵",
  "",
  "扩大协作朋友圈 ——看县里如何构建新样板",
  "",
  "第2版",
].join("\n");

function pageOf(articles: Page["articles"], removed: Page["removed"] = []): Page {
  return {
    file: "x.txt",
    paper: null,
    date: null,
    page: null,
    pageName: null,
    articles,
    removed,
    messages: [],
  };
}

describe("conservation", () => {
  it("accounts for every character of a parsed page", () => {
    const page = parseText(PAGE, { file: "x.txt" });
    expect(conservation(PAGE, page).chars).toEqual([]);
    expect(page.messages.filter((m) => m.rule === "check/conservation")).toEqual([]);
  });

  it("reports a character the output lost, with its count", () => {
    const page = parseText(PAGE, { file: "x.txt" });
    const first = page.articles[0];
    if (first === undefined) throw new Error("the sample page has no article");
    first.paragraphs = first.paragraphs.map((p) => p.replace("柳树", "树"));
    expect(conservation(PAGE, page).chars).toEqual([["柳", 1]]);
  });

  it("reports a character the output invented as a negative count", () => {
    const page = pageOf([{ ...emptyArticle(), title: "小河", paragraphs: ["柳树柳"] }]);
    expect(conservation("小河\n\n柳树", page).chars).toEqual([["柳", -1]]);
  });

  it("ignores whitespace and counts removed text", () => {
    const page = pageOf(
      [{ ...emptyArticle(), title: "小河两岸", paragraphs: ["柳树成行。"] }],
      [{ text: "（下转第7版）", reason: "jump" }],
    );
    expect(conservation(" 小河\u3000两岸\n\n\ufeff柳树成行。\n（下转第7版）\n", page).chars).toEqual([]);
  });
});

describe("articleTexts", () => {
  it("lists every field that holds printed text, contents entries by their printed text", () => {
    const article = {
      ...emptyArticle("toc"),
      label: "高唐",
      kicker: "引题",
      title: "主题",
      subtitle: "副题",
      dateline: { source: "本报", place: null, date: null, text: "本报讯" },
      editorNoteLabel: "编者按",
      editorNote: "说明。",
      credits: ["■ 李长萍"],
      paragraphs: ["正文。"],
      toc: [
        { kicker: null, title: "老街焕新颜", page: 3, text: "老街焕新颜\n第3版" },
        { kicker: "引", title: "题", subtitle: "副", page: null },
      ],
    };
    expect(articleTexts(article)).toEqual([
      "高唐",
      "引题",
      "主题",
      "副题",
      "本报讯",
      "编者按",
      "说明。",
      "■ 李长萍",
      "正文。",
      "老街焕新颜\n第3版",
      "引题副",
    ]);
  });
});
