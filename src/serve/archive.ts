// What the reader asks of the archive, over the store and the search index: paper and issue listings are
// kept in memory until the archive changes (the `version` token moves, e.g. SQLite's PRAGMA data_version).
import type { SearchIndex, SearchQuery, SearchResult } from "../search/index.js";
import {
  type ArchiveStore,
  type IssueKey,
  type IssueRecord,
  type IssueSummary,
  issueId,
  loadStory,
  type PageImageInfo,
  type PaperRecord,
  type PaperSpan,
  type StoredArticle,
  type StoredPageImage,
  type Story,
} from "../store/index.js";

export interface ReaderSources {
  store: ArchiveStore;
  search: SearchIndex;
  /** Changes whenever the archive does; without it nothing is kept between requests. */
  version?: () => number | string;
}

/** A paper with issues, its count and span (the store's PaperSpan). */
export type PaperSummary = PaperSpan;

// Issue records are 5–10 KB (16 pages of article titles); every article page needs its issue's, so a
// thousand recent issues (a few MB) serve a paper's last three years of readers from memory.
const ISSUE_CACHE = 1024;
// PRAGMA data_version is cheap but not free (~10 µs); a request asks the reader several times.
const VERSION_CHECK_MS = 1;

export class ArchiveReader {
  private seen: number | string | undefined = undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private papersMemo: Promise<PaperRecord[]> | null = null;
  private issuesMemo: Promise<IssueSummary[]> | null = null;
  private summaryMemo: Promise<PaperSummary[]> | null = null;
  private readonly byPaper = new Map<string, IssueSummary[]>();
  private readonly issueMemo = new Map<string, Promise<IssueRecord | null>>();

  constructor(private readonly sources: ReaderSources) {}

  /** Drops what is kept when the archive has changed since (or when there is no way to tell). */
  private fresh(): void {
    const at = performance.now();
    if (this.sources.version !== undefined && at - this.checkedAt < VERSION_CHECK_MS) return;
    this.checkedAt = at;
    const now = this.sources.version?.();
    if (now !== undefined && now === this.seen) return;
    this.seen = now;
    this.papersMemo = null;
    this.issuesMemo = null;
    this.summaryMemo = null;
    this.byPaper.clear();
    this.issueMemo.clear();
  }

  async paper(id: string): Promise<PaperRecord | null> {
    this.fresh();
    this.papersMemo ??= this.sources.store.listPapers();
    return (await this.papersMemo).find((p) => p.id === id) ?? null;
  }

  /** Every issue, by paper then date. */
  async allIssues(): Promise<IssueSummary[]> {
    this.fresh();
    this.issuesMemo ??= this.sources.store.listIssues();
    return this.issuesMemo;
  }

  /** A paper's issues, oldest first. */
  async issues(paper: string): Promise<IssueSummary[]> {
    const all = await this.allIssues();
    let list = this.byPaper.get(paper);
    if (list === undefined) {
      list = all.filter((i) => i.paper === paper);
      this.byPaper.set(paper, list);
    }
    return list;
  }

  /** Papers that have at least one issue, with their span. */
  papers(): Promise<PaperSummary[]> {
    this.fresh();
    this.summaryMemo ??= this.summarise();
    return this.summaryMemo;
  }

  // From the store's own count: summing every issue (what the issue list holds) cost the first search
  // after each ingest ~0.9 s at a million articles; this is 3 ms.
  private async summarise(): Promise<PaperSummary[]> {
    return this.sources.store.paperSpans();
  }

  async issue(key: IssueKey): Promise<IssueRecord | null> {
    this.fresh();
    const id = issueId(key);
    let record = this.issueMemo.get(id);
    if (record !== undefined)
      this.issueMemo.delete(id); // re-inserted below: the Map's order is recency
    else {
      record = this.sources.store.getIssue(id);
      // A failed read is not kept: the next request tries again (and reports its own error).
      record.catch(() => this.issueMemo.delete(id));
      if (this.issueMemo.size >= ISSUE_CACHE) this.issueMemo.delete(this.issueMemo.keys().next().value ?? "");
    }
    this.issueMemo.set(id, record);
    return record;
  }

  /** The issues just before and after `key` in the paper's run (same edition first, any edition else). */
  async neighbours(key: IssueKey): Promise<{ previous: IssueSummary | null; next: IssueSummary | null }> {
    const list = await this.issues(key.paper);
    const at = list.findIndex((i) => i.date === key.date && i.edition === key.edition);
    if (at < 0) return { previous: null, next: null };
    return { previous: list[at - 1] ?? null, next: list[at + 1] ?? null };
  }

  article(id: string): Promise<StoredArticle | null> {
    return this.sources.store.getArticle(id);
  }

  /** A page's current image without its bytes (layout of the facsimile), or null. */
  pageImageInfo(pageId: string): Promise<PageImageInfo | null> {
    return this.sources.store.pageImageInfo(pageId);
  }

  /** A page's current image with its bytes, or null. */
  pageImage(pageId: string): Promise<StoredPageImage | null> {
    return this.sources.store.pageImage(pageId);
  }

  story(id: string): Promise<Story | null> {
    return loadStory(this.sources.store, id);
  }

  search(query: SearchQuery): SearchResult {
    return this.sources.search.search(query);
  }
}
