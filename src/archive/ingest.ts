// Ingesting page sources into the archive, issue by issue: each issue's pages are read, checked against
// what the archive holds (same bytes: skipped unparsed), parsed and made ready (issue-input.ts, in worker
// threads on a large run: parse-pool.ts), and stored with its links in one transaction (batches.ts) by this
// thread, while the threads read the issues after it. A source that fails does so alone, with its reason.
import { statSync } from "node:fs";
import type { ArchiveStore, IssueKey, PageStatus } from "../store/index.js";
import { issueId } from "../store/index.js";
import { Batches, type Report } from "./batches.js";
import type { IssueItem, IssueRead } from "./issue-input.js";
import { defaultThreads, type IssueReader, issueReader } from "./parse-pool.js";
import { splitPdfSources } from "./pdf.js";
import { knownKey, type Outcome, type ParsedSource, readSource } from "./prepare.js";
import type { Failure, PageSource } from "./sources.js";

export interface PageEvent {
  file: string;
  status: PageStatus | "failed";
  reason?: string;
  /** Pages done so far (this one included) and in all. */
  done: number;
  total: number;
}

export interface IngestOptions {
  /** Refuse page files larger than this. */
  maxBytes: number;
  onPage?: (event: PageEvent) => void;
  /**
   * A bulk load: issues stored several to a transaction, up to about this many articles (8,000 is what
   * bench:search measures with), when the store can (SqliteArchiveStore.ingestIssues). Fewer commits and
   * larger search-index segments; a killed ingest still leaves whole issues, but loses up to a batch.
   * Default: one issue per transaction, so that readers see each issue as soon as it is stored, until the
   * run is sure to end by merging the search index (MERGE_AFTER: a large load), then BULK_WHEN_LARGE.
   */
  bulkArticles?: number;
  /** When a run is large enough to end by merging the search index; default MERGE_AFTER. */
  mergeAfter?: { share: number; min: number };
  /** Called before the search index is merged after a large load, which takes a while. */
  onMerge?: () => void;
  /** Worker threads that read and parse pages while this thread writes; default defaultThreads() (parse-pool.ts). */
  threads?: number;
}

/**
 * When a run ends by merging the search index into one segment (SqliteArchiveStore.mergeSearchIndex): after
 * it added at least `share` of the archive's articles, and at least `min`. A merge rewrites the whole index
 * (39 s for a million articles here, ~40 µs an article) and makes queries 2–3 times faster at the 95th
 * percentile (src/search/README.md); after a run that doubled the archive it costs at most ~80 µs per added
 * article, against ~670 µs to ingest one: about a tenth more. Small runs leave it to FTS5's own merging; a run
 * sure to end with a merge turns FTS5's merging off until then (SqliteArchiveStore.deferSearchMerges).
 */
export const MERGE_AFTER = { share: 0.5, min: 10_000 } as const;

/**
 * Articles per transaction in a run that is sure to end with a merge (a large load), unless the caller sets
 * bulkArticles: several whole issues a transaction (each stored alone again when the batch fails), fewer
 * commits, larger search-index segments (fewer to merge; FTS5's 32 MB of pending tokens, schema.ts, hold a
 * batch). `banmian ingest` of 18,752 synthetic page files (172,363 articles, parsing in the writer's thread,
 * quiet machine, one run each): 221 s with a transaction per issue, 180 s with 4,096 articles a transaction
 * (780 → 956 articles/s). With parsing in a thread of its own, 8,192 halves the segments a load of a million
 * articles leaves for the end (search/sqlite-write.ts, DEFERRED_CRISIS).
 */
export const BULK_WHEN_LARGE = 8192;

export interface IngestSummary {
  pages: Record<PageStatus | "failed", number>;
  /** Issues with at least one added or replaced page. */
  issues: number;
  /** Articles of the added and replaced pages. */
  articles: number;
  /** Links of the issues touched, after linking. */
  links: number;
  /** Warnings and errors the parser raised on added and replaced pages. */
  warnings: number;
  /** Link messages of the issues touched (unmatched jumps, contents entries without an article). */
  linkMessages: number;
  failures: Failure[];
  /** Merge steps taken on the search index after a large load (MERGE_AFTER); 0 when none. */
  merged: number;
  /** Worker threads that read and parsed pages (parse-pool.ts); 0: the writer's thread did. */
  threads: number;
  /** How long those threads worked, in all (ms). */
  readMs: number;
}

interface Group {
  key: IssueKey;
  items: IssueItem[];
}

/**
 * Pages read ahead of the writer. It takes a bulk load's batch (8,192 articles, ~750 pages) off the front, then
 * stores it for 3–5 s, while the reading thread goes on with what is queued: with less than two batches queued it
 * ran dry during writes, and the writer then waited for the next batch. bench:ingest at 100,000 synthetic
 * articles (136,842 stored): 1,024 pages kept the reading thread busy 0.70–0.73 of the time, 2,048 0.80 (2,150
 * articles/s against 1,805–2,118). Memory: ~150 KB a page read (its raw bytes, parse, stored JSON and search
 * document), ~300 MB in all.
 */
export const PAGES_AHEAD = 2048;

/**
 * And no more than this many bytes of page files: a PDF page's job holds its whole file (each page of a PDF
 * counts it once more) and comes back with a page image, so PDFs are read far fewer pages ahead than texts
 * (~20 KB a page file: 2,048 pages are ~40 MB).
 */
export const BYTES_AHEAD = 256 * 1024 * 1024;

export async function ingestSources(
  store: ArchiveStore,
  given: readonly PageSource[],
  options: IngestOptions,
): Promise<IngestSummary> {
  // A PDF is as many page sources as it has pages.
  const sources = await splitPdfSources(given, (source) => readSource(source, options.maxBytes));
  const summary: IngestSummary = {
    pages: { added: 0, replaced: 0, unchanged: 0, failed: 0 },
    issues: 0,
    articles: 0,
    links: 0,
    warnings: 0,
    linkMessages: 0,
    failures: [],
    merged: 0,
    threads: 0,
    readMs: 0,
  };
  let done = 0;
  const report: Report = (file, status, reason) => {
    summary.pages[status]++;
    if (status === "failed" && reason !== undefined) summary.failures.push({ file, reason });
    options.onPage?.({ file, status, done: ++done, total: sources.length, ...(reason ? { reason } : {}) });
  };
  const batches = new Batches(
    store,
    {
      bulkArticles: options.bulkArticles,
      whenLarge: BULK_WHEN_LARGE,
      mergeAfter: options.mergeAfter ?? MERGE_AFTER,
    },
    summary,
    report,
  );
  const reader = issueReader(options.threads ?? defaultThreads(sources.length), store.searchWords?.() ?? []);
  summary.threads = reader.threads;
  try {
    const groups = await issues(sources, reader, options.maxBytes, report);
    await storeIssues(store, groups, reader, options.maxBytes, batches, report);
  } catch (error) {
    batches.abandon();
    throw error;
  } finally {
    summary.readMs = reader.busyMs;
    await reader.close();
  }
  // 3. A large load ends with the search index in one segment.
  summary.merged = batches.merge(options.onMerge);
  return summary;
}

/**
 * 1. Issues, in id order: by what the path, manifest or flags say; a source saying too little is read and parsed
 *    to find out (all of them at once, in the reader's threads).
 */
async function issues(
  sources: readonly PageSource[],
  reader: IssueReader,
  maxBytes: number,
  report: Report,
): Promise<[string, Group][]> {
  const groups = new Map<string, Group>();
  const join = (key: IssueKey, item: IssueItem) => {
    const id = issueId(key);
    const group = groups.get(id) ?? { key, items: [] };
    group.items.push(item);
    groups.set(id, group);
  };
  const keyed = sources.map((source) => ({ source, key: knownKey(source.meta) }));
  const unknown = keyed.filter((s) => s.key === null).map((s) => s.source);
  const parsed = new Map(
    await Promise.all(
      unknown.map(async (source) => {
        const result = await reader.parse(source, maxBytes).catch((e: unknown) => crashed<ParsedSource>(e));
        return [source, result] as const;
      }),
    ),
  );
  for (const { source, key } of keyed) {
    const result = parsed.get(source);
    if (key !== null) join(key, { source });
    else if (result?.ok) join(result.value.key, { source, parsed: result.value });
    else report(source.file, "failed", result?.reason ?? "not read");
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * 2. Issue by issue: unchanged pages skipped, the rest read, parsed and made ready PAGES_AHEAD pages ahead of the
 *    writer (by the reader's threads when it has them), then stored by this thread (batches.ts).
 */
async function storeIssues(
  store: ArchiveStore,
  groups: readonly [string, Group][],
  reader: IssueReader,
  maxBytes: number,
  batches: Batches,
  report: Report,
): Promise<void> {
  const ahead: { id: string; group: Group; bytes: number; read: Promise<IssueRead> }[] = [];
  let [pagesAhead, bytesAhead] = [0, 0];
  let next = 0;
  const failing = (group: Group) => (e: unknown) => ({
    input: null,
    reports: group.items.map((i) => failed(i.source, e)),
  });
  // Queues issues for the reader until PAGES_AHEAD pages or BYTES_AHEAD bytes are on their way (at least one issue).
  const fill = async () => {
    while (
      next < groups.length &&
      (ahead.length === 0 || (pagesAhead < PAGES_AHEAD && bytesAhead < BYTES_AHEAD))
    ) {
      const [id, group] = groups[next++] as [string, Group];
      const job = {
        id,
        key: group.key,
        items: group.items,
        digests: await store.pageDigests(group.key),
        maxBytes,
      };
      const bytes = group.items.reduce((n, item) => n + sourceBytes(item), 0);
      ahead.push({ id, group, bytes, read: reader.readIssue(job).catch(failing(group)) });
      pagesAhead += group.items.length;
      bytesAhead += bytes;
    }
  };
  for (await fill(); ahead.length > 0; await fill()) {
    const { id, group, bytes, read } = ahead.shift() as (typeof ahead)[number];
    pagesAhead -= group.items.length;
    bytesAhead -= bytes;
    const { input, reports } = await read;
    for (const r of reports) report(r.file, r.status, r.reason);
    // Before a write, which holds this thread for seconds in a bulk load, the reader gets its fill of work.
    if (input !== null) await batches.add(id, input, fill);
  }
  await batches.flush();
}

/** The bytes a source's job holds: its file (read already when parsing told its issue); 0 when it cannot be read. */
function sourceBytes(item: IssueItem): number {
  if (item.parsed !== undefined) return item.parsed.raw.byteLength;
  try {
    return statSync(item.source.path).size;
  } catch {
    return 0;
  }
}

/** A page the reader failed on with an exception (a bug, a thread gone): it fails alone, with the reason. */
function failed(source: PageSource, error: unknown): { file: string; status: "failed"; reason: string } {
  return { file: source.file, status: "failed", reason: crashReason(error) };
}

function crashed<T>(error: unknown): Outcome<T> {
  return { ok: false, reason: crashReason(error) };
}

function crashReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `could not be read: ${message.split("\n")[0]}`;
}
