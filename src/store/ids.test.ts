// Archive ids: readable, built from what a page is, and read back.
import { describe, expect, it } from "vitest";
import { articleId, issueId, pageId, parseArticleId } from "./ids.js";

const KEY = { paper: "lcrb", date: "2025-04-24", edition: "a" };

describe("archive ids", () => {
  it("name issues, pages and articles as paper-date-edition-page-article", () => {
    expect(issueId(KEY)).toBe("lcrb-2025-04-24-a");
    expect(pageId(KEY, 1)).toBe("lcrb-2025-04-24-a-p01");
    expect(articleId(KEY, 1, 4)).toBe("lcrb-2025-04-24-a-p01-a04");
    expect(articleId(KEY, 112, 130)).toBe("lcrb-2025-04-24-a-p112-a130");
  });

  it("read back into their parts, and refuse what is not one", () => {
    expect(parseArticleId(" lcrb-2025-04-24-a-p01-a04 ")).toEqual({ ...KEY, page: 1, position: 4 });
    expect(parseArticleId(articleId({ ...KEY, edition: "am" }, 112, 130))).toEqual({
      ...KEY,
      edition: "am",
      page: 112,
      position: 130,
    });
    for (const bad of ["lcrb-2025-04-24-p01-a04", "lcrb/2025-04-24/p1/a4", "LCRB-2025-04-24-a-p01-a04", ""])
      expect(parseArticleId(bad)).toBeNull();
  });
});
