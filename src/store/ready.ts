// An issue made ready for the writer ahead of its write: each article as stored (its id set) and serialized,
// its search document prepared for the index, the raw bytes' digest and, for an issue the archive held no
// page of, its links. Pure (jieba aside, which is given), so that `banmian ingest` runs it in worker threads
// (src/archive/parse-pool.ts) while the one writer thread stores the batch before; the writer (sqlite/write.ts)
// makes the same things itself, with the same functions, for a page that comes without them.
import type { Article } from "../model/index.js";
import type { Cut } from "../search/compile.js";
import { prepareDoc, type StoredText, type WritablePrepared } from "../search/prepare.js";
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

/**
 * `input` with the long texts of every ready page (each article's stored JSON, and its search document's
 * title, headline, body and tokens) as UTF-8 bytes, all of a page's in one buffer: what a reading thread sends
 * the writer. Strings would be copied across, then held on the writer's heap until their batch is written, and
 * its GC copied each of them twice on the way; bytes cross as one copy and bind to SQLite as they are.
 */
export function packIssue(input: IssueInput): IssueInput {
  return {
    ...input,
    pages: input.pages.map((p) => (p.ready === undefined ? p : { ...p, ready: packPage(p.ready) })),
  };
}

const UTF8 = new TextEncoder();

function packPage(ready: ReadyPage): ReadyPage {
  const texts: StoredText[] = [...ready.data];
  for (const d of ready.search) texts.push(d.doc.title, d.doc.headline, d.doc.body, d.tokens);
  const size = texts.reduce((n, t) => n + (typeof t === "string" ? Buffer.byteLength(t) : 0), 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  const packed = texts.map((t): StoredText => {
    if (typeof t !== "string") return t;
    const { written } = UTF8.encodeInto(t, bytes.subarray(at));
    at += written;
    return bytes.subarray(at - written, at);
  });
  let next = ready.data.length;
  const take = () => packed[next++] as StoredText;
  const search = ready.search.map(
    (d): WritablePrepared => ({
      ...d,
      doc: { ...d.doc, title: take(), headline: take(), body: take() },
      tokens: take(),
    }),
  );
  return { ...ready, data: packed.slice(0, ready.data.length), search };
}
