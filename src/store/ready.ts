// An issue made ready for the writer ahead of its write: each article as stored (its id set) and serialized,
// its search document prepared for the index, the raw bytes' digest and, for an issue the archive held no
// page of, its links. Pure (jieba aside, which is given), so that `banmian ingest` runs it in worker threads
// (src/archive/parse-pool.ts) while the one writer thread stores the batch before; the writer (sqlite/write.ts)
// makes the same things itself, with the same functions, for a page that comes without them.
import type { Article } from "../model/index.js";
import type { Cut } from "../search/compile.js";
import { prepareDoc } from "../search/prepare.js";
import { sha256Hex } from "./digest.js";
import { articleId, type IssueKey } from "./ids.js";
import { searchDoc } from "./search-doc.js";
import type { IssueInput, IssueLinker, PageInput, ReadyPage } from "./types.js";

/** An article as the archive stores it: with its archive id. */
export type StoredForm = Article & { id: string };

/** A page's articles as the archive stores them: each with its id. */
export function storedArticles(key: IssueKey, page: PageInput): StoredForm[] {
  return page.parsed.articles.map((parsed, i) => ({ ...parsed, id: articleId(key, page.page, i + 1) }));
}

/**
 * `input` with every page made ready (PageInput.ready) and, when `link` is given (an issue the archive held no
 * page of), its links over these pages. A page whose articles the search index cannot hold (prepareDoc throws on
 * a date or page out of its range) stays as it was: the writer then fails it, with the same message, as it would
 * have without this.
 */
export function readyIssue(input: IssueInput, link: IssueLinker | null, cut: Cut): IssueInput {
  const stored = input.pages.map((p) => storedArticles(input, p));
  const pages = input.pages.map((p, i): PageInput => {
    const ready = readyPage(input, p, stored[i] as StoredForm[], cut);
    return ready === null ? p : { ...p, ready };
  });
  if (link === null) return { ...input, pages };
  const links = link(
    input.pages.map((p, i) => ({
      page: p.page,
      articles: (stored[i] as StoredForm[]).map((a) => ({ id: a.id, article: a })),
    })),
  );
  return { ...input, pages, links };
}

function readyPage(
  key: IssueInput,
  p: PageInput,
  articles: readonly StoredForm[],
  cut: Cut,
): ReadyPage | null {
  try {
    const place = { paper: key.paper, date: key.date, page: p.page };
    return {
      sha256: sha256Hex(p.raw),
      data: articles.map((a) => JSON.stringify(a)),
      search: articles.map((a) => prepareDoc(searchDoc({ ...place, id: a.id }, a), cut)),
    };
  } catch {
    return null;
  }
}
