// Issues handed to the store as ingest.ts reads them: one issue a transaction, or several in a bulk load (each
// issue alone again when its batch fails), with what became of every page reported; and the plan for the search
// index of a large load (MERGE_AFTER): its merging put off as soon as the run is sure to end with a merge.
import { linkIssue } from "../link/index.js";
import {
  type ArchiveStore,
  articleCount,
  type IssueInput,
  type IssueLinker,
  type IssueOutcome,
  type PageInput,
} from "../store/index.js";
import type { IngestSummary } from "./ingest.js";

/** What became of a page: the summary and the caller's onPage hear it. */
export type Report = (file: string, status: keyof IngestSummary["pages"], reason?: string) => void;

export interface BatchOptions {
  /** Articles a transaction; 0: an issue each (until a large load is sure, then `whenLarge`). */
  bulkArticles: number | undefined;
  whenLarge: number;
  mergeAfter: { share: number; min: number };
}

export class Batches {
  private pending: { id: string; input: IssueInput }[] = [];
  private articles = 0;
  /** What the archive held before the run, counted once the run has added `min` articles. */
  private before: number | null = null;
  /** Whether the search index's merging is put off until the run's end. */
  private deferred = false;

  constructor(
    private readonly store: ArchiveStore,
    private readonly options: BatchOptions,
    private readonly summary: IngestSummary,
    private readonly report: Report,
  ) {}

  /** Queues an issue; stores the batch when it is full (and says so). */
  async add(id: string, input: IssueInput, beforeWrite: () => Promise<void>): Promise<boolean> {
    this.pending.push({ id, input });
    this.articles += input.pages.reduce((n, p) => n + articleCount(p), 0);
    if (this.articles < (this.options.bulkArticles ?? (this.deferred ? this.options.whenLarge : 0)))
      return false;
    await beforeWrite();
    await this.flush();
    return true;
  }

  /** Stores what is queued; once the run is sure to end with a merge, puts off the index's merging. */
  async flush(): Promise<void> {
    await this.write();
    const store = this.store;
    if (!this.deferred && isMerging(store) && this.willMerge(store)) {
      store.deferSearchMerges();
      this.deferred = true;
    }
  }

  /** A run that put off the index's merging and cannot reach its merge: merging turned back on. */
  abandon(): void {
    if (this.deferred && isMerging(this.store)) this.store.resumeSearchMerges();
  }

  /** The run's end: the search index merged into one segment after a large load; the steps taken. */
  merge(onMerge: (() => void) | undefined): number {
    if (!isMerging(this.store) || !this.willMerge(this.store)) return 0;
    onMerge?.();
    return this.store.mergeSearchIndex();
  }

  // Whether this run ends by merging the search index (MERGE_AFTER). The archive is counted once, when the run
  // has added `min` articles (a count costs tens of ms at a million); what it held before then stays fixed, so
  // the answer, once yes, stays yes, and from then on the index stops merging as it is written.
  private willMerge(store: MergingStore): boolean {
    const added = this.summary.articles;
    const { share, min } = this.options.mergeAfter;
    if (added === 0 || added < min) return false;
    this.before ??= Math.max(0, store.articleCount() - added);
    return added >= share * (this.before + added);
  }

  private async write(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.articles = 0;
    if (batch.length > 1 && isBulk(this.store)) {
      const outcomes = await this.store
        .ingestIssues(
          batch.map((p) => p.input),
          linkIssue,
        )
        .catch(() => null);
      if (outcomes !== null) {
        for (const [i, p] of batch.entries()) this.stored(p.id, outcomes[i] as IssueOutcome, p.input.pages);
        return;
      }
    }
    for (const p of batch) {
      const outcome = await this.store.ingestIssue(p.input, linkIssue).catch((e: unknown) => asError(e));
      this.stored(p.id, outcome, p.input.pages);
    }
  }

  private stored(id: string, outcome: IssueOutcome | Error, pages: readonly PageInput[]): void {
    const { summary, report } = this;
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
  }
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

/** A store that takes several issues in one transaction (SqliteArchiveStore.ingestIssues). */
interface BulkStore {
  ingestIssues(inputs: readonly IssueInput[], link: IssueLinker): Promise<IssueOutcome[]>;
}

function isBulk(store: ArchiveStore): store is ArchiveStore & BulkStore {
  return typeof (store as Partial<BulkStore>).ingestIssues === "function";
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
