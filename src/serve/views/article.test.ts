import { describe, expect, it } from "vitest";
import { type Article, emptyArticle } from "../../model/index.js";
import type { ArticleData } from "../routes/article.js";
import { articleView } from "./article.js";

// Made-up articles; the credit shapes are the sample page's.
function view(article: Article): string {
  const data: ArticleData = {
    kind: "article",
    id: "lcrb-2025-04-24-a-p01-a01",
    url: "/lcrb/2025-04-24/p1/a1",
    paper: { id: "lcrb", name: "聊城日报", url: "/lcrb" },
    date: "2025-04-24",
    edition: "a",
    issue: "/lcrb/2025-04-24",
    page: 1,
    pageName: "要闻",
    pageUrl: "/lcrb/2025-04-24/p1",
    position: 1,
    article,
    jumps: { continuedFrom: null, continuesOn: null },
    story: null,
    previous: null,
    next: null,
    onPage: null,
    citation: "",
    share: "",
    messages: [],
  };
  return articleView(data).main.text;
}
const bodyOf = (page: string) => /<div class="article-body">(.*?)<\/div>/su.exec(page)?.[1];

describe("articleView: credits where they were printed", () => {
  it("shows a photo credit after the caption it follows, and a byline above the text", () => {
    const page = view({
      ...emptyArticle(),
      title: "小河两岸柳成行",
      credits: ["（记者 王小明）", "张三摄", "李四摄"],
      creditsAt: [0, 1, 2],
      paragraphs: ["图①：小河两岸的柳树吐出新芽。", "图②：志愿者在河边种树。"],
    });
    expect(bodyOf(page)).toBe(
      '<p>图①：小河两岸的柳树吐出新芽。</p>\n<p class="credit">张三摄</p>\n' +
        '<p>图②：志愿者在河边种树。</p>\n<p class="credit">李四摄</p>\n',
    );
    expect(page).toMatch(/<p class="byline">（记者 王小明）<\/p>/u);
    expect(page.indexOf("（记者 王小明）")).toBeLessThan(page.indexOf('<div class="article-body">'));
  });

  it("keeps a photo's credit in its caption, after the caption's text", () => {
    const page = view({
      ...emptyArticle("photo"),
      authors: [{ name: "孙文辉", role: "photographer" }],
      credits: ["■ 孙文辉"],
      creditsAt: [1],
      paragraphs: ["4月22日，公园草木葱茏。"],
    });
    expect(page).toContain(
      '<figcaption>4月22日，公园草木葱茏。<span class="credit">■ 孙文辉</span></figcaption>',
    );
  });
});
