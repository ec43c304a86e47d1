// One issue's page sources read into what the store takes (IssueInput), made ready for the writer: each page
// file read, skipped when the archive holds the same bytes, decoded and parsed; a page given twice fails; then
// every page made ready (src/store/ready.ts: stored articles, search documents, digests, and the issue's links
// when the archive held none of its pages). What happens to each source that does not reach the store is
// returned, in order, for the ingest to report. Runs in a worker thread of parse-pool.ts, or in the ingest's own.
import { linkIssue } from "../link/index.js";
import { cutWords, segmenter, type UserWords } from "../search/words.js";
import { type IssueInput, type IssueKey, type PageInput, readyIssue, sha256Hex } from "../store/index.js";
import { type Outcome, type ParsedSource, parseSource, readSource } from "./prepare.js";
import type { PageSource } from "./sources.js";

/** A source of the issue, parsed already when reading it was the only way to learn its issue. */
export interface IssueItem {
  source: PageSource;
  parsed?: ParsedSource;
}

/** A source that did not reach the store, and why: unchanged (same bytes as stored) or failed. */
export interface SourceReport {
  file: string;
  status: "unchanged" | "failed";
  reason?: string;
}

export interface IssueRead {
  /** Null when no page is left to store. */
  input: IssueInput | null;
  reports: SourceReport[];
}

export interface IssueJob {
  /** The issue's id (issueId), for messages. */
  id: string;
  key: IssueKey;
  items: IssueItem[];
  /** What the archive holds: page number → sha256 of its current raw bytes (ArchiveStore.pageDigests). */
  digests: ReadonlyMap<number, string>;
  maxBytes: number;
}

/**
 * The issue's input, made ready; its sources that go no further, with their reasons. `words`: the archive's user
 * words when the ingest began (SearchIndex.userWords), which the search documents are cut with, and the issue's own.
 */
export async function readIssue(job: IssueJob, words: UserWords): Promise<IssueRead> {
  const { id, key, items, digests, maxBytes } = job;
  const reports: SourceReport[] = [];
  const pages: PageInput[] = [];
  const byPage = new Map<number, string>();
  for (const { source, parsed: early } of items) {
    let parsed = early;
    if (parsed === undefined) {
      const raw = readSource(source, maxBytes);
      if (!raw.ok) {
        reports.push({ file: source.file, status: "failed", reason: raw.reason });
        continue;
      }
      const page = source.meta.page;
      const stored = page === undefined ? undefined : digests.get(page);
      if (
        page !== undefined &&
        stored !== undefined &&
        !byPage.has(page) &&
        stored === sha256Hex(raw.value)
      ) {
        byPage.set(page, source.file);
        reports.push({ file: source.file, status: "unchanged" });
        continue;
      }
      const result = await parseSource(source, raw.value);
      if (!result.ok) {
        reports.push({ file: source.file, status: "failed", reason: result.reason });
        continue;
      }
      parsed = result.value;
    }
    const other = byPage.get(parsed.page);
    if (other !== undefined) {
      reports.push({
        file: source.file,
        status: "failed",
        reason: `page ${parsed.page} of ${id} is also given by ${other}`,
      });
      continue;
    }
    byPage.set(parsed.page, source.file);
    const { page, raw, image } = parsed;
    pages.push({
      page,
      pageName: parsed.parsed.pageName,
      file: source.file,
      raw,
      parsed: parsed.parsed,
      ...(image === undefined ? {} : { image }),
    });
  }
  if (pages.length === 0) return { input: null, reports };
  const paperName = pages.map((p) => p.parsed.paper).find((n) => n !== null) ?? null;
  const input = { ...key, paperName, pages };
  // Cut as the archive's search index cuts (src/search/words.ts): the same words kept whole, whichever thread reads.
  const cutWith = (own: readonly string[]) => {
    const set = words.over(own);
    return (folded: string) => cutWords(segmenter(), folded, set);
  };
  return { input: readyIssue(input, digests.size === 0 ? linkIssue : null, cutWith), reports };
}

/** One source read and parsed, to learn which issue it belongs to. */
export async function readAndParse(source: PageSource, maxBytes: number): Promise<Outcome<ParsedSource>> {
  const raw = readSource(source, maxBytes);
  return raw.ok ? await parseSource(source, raw.value) : raw;
}
