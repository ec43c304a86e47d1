// Issue linking on a hand-made issue: two stories jumping to the same page, a shortened reprint, a jump
// to a page the archive lacks, a contents box; what cannot be matched is a message, never a link.
import { describe, expect, it } from "vitest";
import { type Article, emptyArticle } from "../model/index.js";
import { linkIssue } from "./link-issue.js";
import type { LinkPage } from "./types.js";

const art = (fields: Partial<Article>): Article => ({ ...emptyArticle(), ...fields });

const PARK = art({
  title: "小河公园正式开园 市民踏青赏花",
  paragraphs: ["今天上午，小河公园正式开园，园内樱花、海棠竞相开放，吸引大批市民前来"],
  continuesOn: 3,
});
const STREET = art({
  title: "东关老街焕新颜（城市更新）",
  paragraphs: ["东关老街改造工程历时两年，青石板路、木格窗棂恢复了旧日模样。"],
  continuesOn: 3,
});
const FERRY = art({
  title: "运河渡口恢复通航",
  paragraphs: ["运河渡口今起恢复通航，游船每日往返八班。"],
  continuesOn: 9,
});
const LONELY = art({
  title: "图书馆延长开放时间",
  paragraphs: ["市图书馆即日起延长开放时间，"],
  continuesOn: 4,
});
const CONTENTS = art({
  kind: "toc",
  title: "今日导读",
  toc: [
    { kicker: null, title: "东关老街焕新颜", page: 3 },
    { kicker: null, title: "体育中心迎来马拉松", page: 5 },
  ],
});

const STREET_TAIL = art({
  title: "东关老街焕新颜",
  paragraphs: ["老街商户陆续回迁，青石板路上游客络绎不绝，木格窗棂下茶香阵阵。"],
  continuedFrom: 1,
});
const PARK_TAIL = art({
  title: "小河公园正式开园",
  paragraphs: ["游览。小河公园樱花林下，市民拍照留念，海棠花开正艳。"],
  continuedFrom: 1,
});
const OTHER = art({ title: "农产品展销会开幕", paragraphs: ["展销会汇集两百余种特色农产品。"] });
const ORPHAN = art({ title: "社区义诊进万家", paragraphs: ["义诊活动覆盖全市各社区。"], continuedFrom: 2 });
const UNRELATED = art({
  title: "夏粮收购平稳有序",
  paragraphs: ["各收购点秩序井然，粮农售粮便捷。"],
  continuedFrom: 1,
});

const issue: LinkPage[] = [
  {
    page: 1,
    articles: [PARK, STREET, FERRY, LONELY, CONTENTS].map((article, i) => ({ id: `p1-a${i + 1}`, article })),
  },
  { page: 2, articles: [{ id: "p2-a1", article: OTHER }] },
  {
    page: 3,
    articles: [STREET_TAIL, OTHER, PARK_TAIL, ORPHAN].map((article, i) => ({ id: `p3-a${i + 1}`, article })),
  },
  { page: 4, articles: [{ id: "p4-a1", article: UNRELATED }] },
];

describe("linkIssue", () => {
  const { links, messages } = linkIssue(issue);
  const jumps = links.filter((l) => l.kind === "jump");

  it("pairs two stories that jump to the same page with their own continuations", () => {
    expect(jumps.map((l) => [l.from, l.to])).toEqual([
      ["p1-a1", "p3-a3"],
      ["p1-a2", "p3-a1"],
    ]);
    const street = jumps.find((l) => l.from === "p1-a2");
    expect(street?.evidence).toMatchObject({
      headline: "shortened",
      candidates: { starts: 2, continuations: 2 },
    });
    expect(street?.confidence).toBeGreaterThan(0.6);
  });

  it("says a jump to a page the archive lacks is that, not a failure to match", () => {
    expect(messages).toContainEqual(
      expect.objectContaining({ article: "p1-a3", level: "info", rule: "link/jump-target-missing" }),
    );
  });

  it("refuses to link a forced pair that does not fit, reporting both sides", () => {
    expect(jumps.some((l) => l.from === "p1-a4")).toBe(false);
    expect(messages).toContainEqual(
      expect.objectContaining({ article: "p1-a4", rule: "link/jump-unmatched" }),
    );
    expect(messages).toContainEqual(
      expect.objectContaining({ article: "p4-a1", rule: "link/jump-in-unmatched" }),
    );
  });

  it("reports a continuation whose start page has no jump to it", () => {
    expect(messages).toContainEqual(
      expect.objectContaining({ article: "p3-a4", level: "warning", rule: "link/jump-in-unmatched" }),
    );
  });

  it("links contents entries to the article they announce, and says when the page is not in the archive", () => {
    expect(links.filter((l) => l.kind === "toc")).toEqual([
      expect.objectContaining({
        from: "p1-a5",
        to: "p3-a1",
        evidence: expect.objectContaining({ entry: 0, page: 3 }),
      }),
    ]);
    expect(messages).toContainEqual(
      expect.objectContaining({ article: "p1-a5", level: "info", rule: "link/toc-target-missing" }),
    );
  });

  it("gives the same result whatever order the pages come in", () => {
    expect(linkIssue([...issue].reverse())).toEqual(linkIssue(issue));
  });
});
