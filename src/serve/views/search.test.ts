// The search page's count line: 约 before an estimate, and a link to exact counts where the server allows them.
import { describe, expect, it } from "vitest";
import type { SearchData } from "../routes/search.js";
import { searchView } from "./search.js";

function page(approximate: SearchData["approximate"], exactUrl: string | null): string {
  const data: SearchData = {
    kind: "search",
    query: {
      q: "双拥",
      paper: "",
      from: "",
      to: "",
      page: "",
      kind: "",
      author: "",
      offset: 0,
      limit: 20,
      exact: false,
    },
    total: 12_032,
    approximate,
    exactUrl,
    hits: [
      {
        id: "lcrb-2025-04-24-a-p01-a01",
        paper: "lcrb",
        date: "2025-04-24",
        page: 1,
        kind: "article",
        title: "双拥共建",
        snippet: "«双拥»共建",
        score: 1,
        url: "/lcrb/2025-04-24/p1/a1",
        paperName: "聊城日报",
      },
    ],
    facets: { paper: [], year: [], page: [] },
    paging: { first: "/search?q=双拥", previous: null, next: null, pages: [] },
    papers: [],
  };
  return searchView(data).main.text;
}

describe("search page", () => {
  it("says 约 before an estimated total and links to exact counts when allowed", () => {
    const estimated = page({ total: true, facets: true }, "/search?q=%E5%8F%8C%E6%8B%A5&exact=1");
    expect(estimated).toContain("共约 <strong>12032</strong> 篇");
    expect(estimated).toContain('href="/search?q=%E5%8F%8C%E6%8B%A5&amp;exact=1"');
    expect(estimated).toContain("精确计数");
    const exact = page(null, null);
    expect(exact).toContain("共 <strong>12032</strong> 篇");
    expect(exact).not.toContain("精确计数");
  });
});
