// How a continuation's headline is recognised: reprinted, shortened (first clause, no column tag), similar.
import { describe, expect, it } from "vitest";
import { type Article, emptyArticle } from "../model/index.js";
import { headlineEvidence, stripColumnTag } from "./headline.js";

const titled = (title: string | null, extra: Partial<Article> = {}): Article => ({
  ...emptyArticle(),
  title,
  ...extra,
});

describe("headlineEvidence", () => {
  it("knows the same headline, whitespace aside", () => {
    expect(headlineEvidence(titled("小河公园 正式开园"), titled("小河公园正式开园"))).toEqual({
      headline: "same",
      title: 1,
    });
  });

  it("knows a shortened reprint: the first clause, or the title without its column tag", () => {
    const start = titled("春风吹绿小山村 百姓日子节节高（乡村行）");
    expect(headlineEvidence(start, titled("春风吹绿小山村")).headline).toBe("shortened");
    expect(headlineEvidence(start, titled("春风吹绿小山村 百姓日子节节高")).headline).toBe("shortened");
    expect(stripColumnTag("春风吹绿小山村（乡村行）")).toBe("春风吹绿小山村");
  });

  it("matches the reprint against the kicker and subtitle too", () => {
    const start = titled("老街新貌", { kicker: "东关老街改造完工", subtitle: "——青石板路恢复旧模样" });
    expect(headlineEvidence(start, titled("青石板路恢复旧模样")).headline).toBe("same");
  });

  it("does not count a short common prefix as a shortened headline", () => {
    const e = headlineEvidence(titled("习近平会见外宾"), titled("习近平"));
    expect(e.headline).not.toBe("shortened");
  });

  it("scores unrelated headlines low and says none", () => {
    const e = headlineEvidence(titled("小河公园正式开园"), titled("东关老街完成改造"));
    expect(e).toMatchObject({ headline: "none" });
    expect(e.title).toBeLessThan(0.3);
    expect(headlineEvidence(titled("小河公园正式开园"), titled(null))).toEqual({
      headline: "none",
      title: 0,
    });
  });
});
