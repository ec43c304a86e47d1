// An issue made ready for the writer ahead of its write: each article as stored (its id set) and serialized,
// its search document prepared for the index, the raw bytes' digest and, for an issue the archive held no
// page of, its links. Pure (jieba aside, which is given), so that `banmian ingest` runs it in worker threads
// (src/archive/parse-pool.ts) while the one writer thread stores the batch before; the writer (sqlite/write.ts)
// makes the same things itself, with the same functions, for a page that comes without them.
import type { Article, Page } from "../model/index.js";
import type { Cut } from "../search/compile.js";
import { prepareDoc, type StoredText, textOf, type WritablePrepared } from "../search/prepare.js";
import { sha256Hex } from "./digest.js";
import { articleId, type IssueKey } from "./ids.js";
import { articleWords, searchDoc } from "./search-doc.js";
import type { IssueInput, IssueLinker, PageInput, ReadyPage } from "./types.js";

/** An article as the archive stores it: with its archive id. */
export type StoredForm = Article & { id: string };

/** A page's articles as the archive stores them: each with its id. */
export function storedArticles(key: IssueKey, page: PageInput): StoredForm[] {
  return page.parsed.articles.map((parsed, i) => ({ ...parsed, id: articleId(key, page.page, i + 1) }));
}

/**
 * The segmenter for an issue's search documents, given the user words its articles bring (their authors' names,
 * their places): those and the archive's kept whole (src/search/words.ts).
 */
export type CutWith = (issueWords: readonly string[]) => Cut;

/**
 * `input` with every page made ready (PageInput.ready) and, when `link` is given (an issue the archive held no
 * page of), its links over these pages. A page whose articles the search index cannot hold (prepareDoc throws on
 * a date or page out of its range) stays as it was: the writer then fails it, with the same message, as it would
 * have without this.
 */
export function readyIssue(input: IssueInput, link: IssueLinker | null, cutWith: CutWith): IssueInput {
  const stored = input.pages.map((p) => storedArticles(input, p));
  const cut = cutWith(stored.flat().flatMap(articleWords));
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
      columns: articles.map((a) => ({
        kind: a.kind,
        title: a.title,
        continuesOn: a.continuesOn,
        continuedFrom: a.continuedFrom,
      })),
      data: articles.map((a) => JSON.stringify(a)),
      search: articles.map((a) => prepareDoc(searchDoc({ ...place, id: a.id }, a), cut)),
    };
  } catch {
    return null;
  }
}

/** A page's article count: PageInput.parsed.articles is not read for it when the page is ready. */
export function articleCount(p: PageInput): number {
  return p.ready?.data.length ?? p.parsed.articles.length;
}

/** A page as a reading thread sends it (packIssue): a ready one without its parsed articles. */
export type PackedPage = Omit<PageInput, "parsed"> & {
  parsed: Omit<Page, "articles"> & { articles?: Article[] };
};

export interface PackedIssue extends Omit<IssueInput, "pages"> {
  pages: PackedPage[];
}

/**
 * `input` as a reading thread sends it to the writer: of every ready page, the long texts (each article's
 * stored JSON, and its search document's title, headline, body and tokens) as UTF-8 bytes, all of a page's in one
 * buffer, and the parsed articles left behind (the writer has each as its JSON and columns). Strings and
 * article objects would be copied across, then held on the writer's heap until their batch is written, and its
 * GC copied each of them twice on the way; bytes cross as one copy and bind to SQLite as they are.
 * bench:ingest at 100,000 articles, three pairs of runs: bytes for strings took the writer's peak heap from 494
 * to 71 MiB (the rates, 1,382–1,817 and 1,694–1,845 articles/s, overlap on this noisy machine). At 1.37M
 * articles, with the articles left behind too: 2,003 → 2,350–2,355 articles/s (README).
 */
export function packIssue(input: IssueInput): PackedIssue {
  return {
    ...input,
    pages: input.pages.map((p): PackedPage => {
      if (p.ready === undefined) return p;
      const { articles: _, ...parsed } = p.parsed;
      return { ...p, parsed, ready: packPage(p.ready) };
    }),
  };
}

/**
 * packIssue undone: a ready page's parsed articles are decoded from their stored JSON if ever asked for, as
 * stored (storedArticles: `id` holds the archive id).
 */
export function unpackIssue(packed: PackedIssue): IssueInput {
  return { ...packed, pages: packed.pages.map(unpackPage) };
}

function unpackPage(p: PackedPage): PageInput {
  const { ready, parsed } = p;
  const kept = parsed.articles;
  if (kept !== undefined) return { ...p, parsed: { ...parsed, articles: kept } };
  if (ready === undefined)
    throw new Error("unpackIssue: a page without articles that is not ready (not packIssue's)");
  let articles: Article[] | undefined;
  const page: Page = {
    ...parsed,
    get articles() {
      articles ??= ready.data.map((d) => JSON.parse(textOf(d)) as StoredForm);
      return articles;
    },
  };
  return { ...p, parsed: page };
}

const UTF8 = new TextEncoder();

function packPage(ready: ReadyPage): ReadyPage {
  let at = 0;
  const texts: StoredText[] = [...ready.data];
  for (const d of ready.search) texts.push(d.doc.title, d.doc.headline, d.doc.body, d.tokens);
  // Encoded once into room for the worst case (3 bytes a UTF-16 unit), then copied to its size, rather than
  // measuring each text's UTF-8 length first: a second pass over the texts (1.6 % of a reading thread's profile).
  const room = new Uint8Array(texts.reduce((n, t) => n + (typeof t === "string" ? 3 * t.length : 0), 0));
  const spans = texts.map((t): [number, number] | Uint8Array => {
    if (typeof t !== "string") return t;
    const from = at;
    at += UTF8.encodeInto(t, room.subarray(at)).written;
    return [from, at];
  });
  const bytes = room.slice(0, at);
  const packed = spans.map((s) => (s instanceof Uint8Array ? s : bytes.subarray(s[0], s[1])));
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
