// Ingesting page sources into the archive, issue by issue: each issue's pages are read, checked against
// what the archive holds (same bytes: skipped unparsed), parsed, and stored with its links in one
// transaction. A source that fails does so alone, with its reason.
import { linkIssue } from "../link/index.js";
import type {
  ArchiveStore,
  IssueInput,
  IssueKey,
  IssueLinker,
  IssueOutcome,
  PageInput,
  PageStatus,
} from "../store/index.js";
import { issueId, sha256Hex } from "../store/index.js";
import { splitPdfSources } from "./pdf.js";
import { knownKey, type ParsedSource, parseSource, readSource } from "./prepare.js";
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
 * commits, larger search-index segments. `banmian ingest` of 18,752 synthetic page files (172,363 articles,
 * parsing included, quiet machine, one run each): 221 s with a transaction per issue, 180 s with 4,096
 * articles a transaction from the start (780 → 956 articles/s).
 */
export const BULK_WHEN_LARGE = 4096;

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
}

interface Group {
  key: IssueKey;
  items: { source: PageSource; parsed?: ParsedSource }[];
}

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
  };
  let done = 0;
  const report = (file: string, status: PageStatus | "failed", reason?: string) => {
    summary.pages[status]++;
    if (status === "failed" && reason !== undefined) summary.failures.push({ file, reason });
    options.onPage?.({ file, status, done: ++done, total: sources.length, ...(reason ? { reason } : {}) });
  };

  // 1. Issues: by what the path, manifest or flags say; a source saying too little is parsed to find out.
  const groups = new Map<string, Group>();
  const join = (key: IssueKey, item: Group["items"][number]) => {
    const id = issueId(key);
    const group = groups.get(id) ?? { key, items: [] };
    group.items.push(item);
    groups.set(id, group);
  };
  for (const source of sources) {
    const key = knownKey(source.meta);
    if (key !== null) {
      join(key, { source });
      continue;
    }
    const parsed = await readAndParse(source, options.maxBytes);
    if (parsed.ok) join(parsed.value.key, { source, parsed: parsed.value });
    else report(source.file, "failed", parsed.reason);
  }

  // 2. Issue by issue, in id order: unchanged pages skipped, the rest parsed; stored one issue to a transaction,
  //    or several in a bulk load (options.bulkArticles), each issue alone again when that fails.
  const pending: Pending[] = [];
  let pendingArticles = 0;
  const stored = (id: string, outcome: IssueOutcome | Error, pages: readonly PageInput[]) => {
    if (outcome instanceof Error) {
      const reason = `not stored (${id} rolled back): ${outcome.message}`;
      for (const p of pages) report(p.file, "failed", reason);
      return;
    }
    for (const p of outcome.pages) {
      report(p.file, p.status);
      summary.articles += p.status === "unchanged" ? 0 : p.articles;
      summary.warnings += p.warnings;
    }
    if (outcome.relinked) {
      summary.issues++;
      summary.links += outcome.links;
      summary.linkMessages += outcome.linkMessages;
    }
  };
  // Whether this run ends by merging the search index (MERGE_AFTER). The archive is counted once, when the
  // run has added `min` articles (a count costs tens of ms at a million); what it held before then stays
  // fixed, so the answer, once yes, stays yes, and from then on the index stops merging as it is written.
  const after = options.mergeAfter ?? MERGE_AFTER;
  let before: number | null = null;
  const willMerge = (store: ArchiveStore & MergingStore): boolean => {
    const added = summary.articles;
    if (added === 0 || added < after.min) return false;
    before ??= Math.max(0, store.articleCount() - added);
    return added >= after.share * (before + added);
  };
  let deferred = false;
  const flush = async () => {
    await flushPending();
    if (!deferred && isMerging(store) && willMerge(store)) {
      store.deferSearchMerges();
      deferred = true;
    }
  };
  const flushPending = async () => {
    const batch = pending.splice(0);
    pendingArticles = 0;
    if (batch.length > 1 && isBulk(store)) {
      const outcomes = await store
        .ingestIssues(
          batch.map((p) => p.input),
          linkIssue,
        )
        .catch(() => null);
      if (outcomes !== null) {
        for (const [i, p] of batch.entries()) stored(p.id, outcomes[i] as IssueOutcome, p.input.pages);
        return;
      }
    }
    for (const p of batch) {
      const outcome = await store.ingestIssue(p.input, linkIssue).catch((e: unknown) => asError(e));
      stored(p.id, outcome, p.input.pages);
    }
  };
  // An issue's pages as the store takes them: unchanged ones skipped, the rest read and parsed; null when
  // none is left.
  const issueInput = async (id: string, group: Group): Promise<IssueInput | null> => {
    const digests = await store.pageDigests(group.key);
    const pages: PageInput[] = [];
    const byPage = new Map<number, string>();
    for (const { source, parsed: early } of group.items) {
      let parsed = early;
      if (parsed === undefined) {
        const raw = readSource(source, options.maxBytes);
        if (!raw.ok) {
          report(source.file, "failed", raw.reason);
          continue;
        }
        const page = source.meta.page;
        if (page !== undefined && !byPage.has(page) && digests.get(page) === sha256Hex(raw.value)) {
          byPage.set(page, source.file);
          report(source.file, "unchanged");
          continue;
        }
        const result = await parseSource(source, raw.value);
        if (!result.ok) {
          report(source.file, "failed", result.reason);
          continue;
        }
        parsed = result.value;
      }
      const other = byPage.get(parsed.page);
      if (other !== undefined) {
        report(source.file, "failed", `page ${parsed.page} of ${id} is also given by ${other}`);
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
    if (pages.length === 0) return null;
    const paperName = pages.map((p) => p.parsed.paper).find((n) => n !== null) ?? null;
    return { ...group.key, paperName, pages };
  };
  try {
    for (const [id, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const input = await issueInput(id, group);
      if (input === null) continue;
      pending.push({ id, input });
      pendingArticles += articlesOf(input);
      if (pendingArticles >= (options.bulkArticles ?? (deferred ? BULK_WHEN_LARGE : 0))) await flush();
    }
    await flush();
  } catch (error) {
    // A load that deferred the index's merging and cannot reach its merge turns merging back on.
    if (deferred && isMerging(store)) store.resumeSearchMerges();
    throw error;
  }
  // 3. A large load ends with the search index in one segment.
  if (isMerging(store) && willMerge(store)) {
    options.onMerge?.();
    summary.merged = store.mergeSearchIndex();
  }
  return summary;
}

/** A store that can merge its search index (SqliteArchiveStore). */
interface MergingStore {
  articleCount(): number;
  deferSearchMerges(): void;
  resumeSearchMerges(): void;
  mergeSearchIndex(): number;
}

function isMerging(store: ArchiveStore): store is ArchiveStore & MergingStore {
  const s = store as Partial<MergingStore>;
  return [s.articleCount, s.deferSearchMerges, s.resumeSearchMerges, s.mergeSearchIndex].every(
    (f) => typeof f === "function",
  );
}

interface Pending {
  id: string;
  input: IssueInput;
}

/** A store that takes several issues in one transaction (SqliteArchiveStore.ingestIssues). */
interface BulkStore {
  ingestIssues(inputs: readonly IssueInput[], link: IssueLinker): Promise<IssueOutcome[]>;
}

function isBulk(store: ArchiveStore): store is ArchiveStore & BulkStore {
  return typeof (store as Partial<BulkStore>).ingestIssues === "function";
}

function articlesOf(input: IssueInput): number {
  return input.pages.reduce((n, p) => n + p.parsed.articles.length, 0);
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

async function readAndParse(source: PageSource, maxBytes: number) {
  const raw = readSource(source, maxBytes);
  return raw.ok ? await parseSource(source, raw.value) : raw;
}
