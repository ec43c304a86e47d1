// The archive in one SQLite file (better-sqlite3, WAL): the ArchiveStore contract over open.ts (schema),
// write.ts (the one writer) and read.ts. Synchronous underneath; the contract is async for PostgreSQL.
import type { Transaction } from "better-sqlite3";
import type { SearchIndex } from "../../search/contract.js";
import type { IssueKey } from "../ids.js";
import type {
  ArchiveStats,
  ArchiveStore,
  IssueInput,
  IssueLinker,
  IssueOutcome,
  IssueRecord,
  IssueSummary,
  PageImageInfo,
  PageVersion,
  PaperRecord,
  PaperSpan,
  StoredArticle,
  StoredPageImage,
} from "../types.js";
import { readPageImage, readPageImageInfo } from "./images.js";
import { type Db, openDatabase } from "./open.js";
import { prepared } from "./prepared.js";
import {
  readArticle,
  readDigests,
  readIssue,
  readIssues,
  readPaperSpans,
  readPapers,
  readRaw,
  readVersions,
} from "./read.js";
import { readStats } from "./stats.js";
import { Writer } from "./write.js";

/** Builds the search index over the archive's database, e.g. createSqliteSearchIndex from src/search. */
export type SearchIndexFactory = (db: Db) => SearchIndex;

export interface SqliteStoreOptions {
  /** Read only (show, stats, serve): no migration, no writes; the file must exist. */
  readonly?: boolean;
  /** The search index kept in step with the articles, in the same transactions; none when absent. */
  search?: SearchIndexFactory;
  /** Clock for version timestamps. */
  now?: () => Date;
}

export type OpenedStore = { ok: true; store: SqliteArchiveStore } | { ok: false; error: string };

/** Opens the archive at `path` (":memory:" for a throwaway one), creating and migrating it unless read-only. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): OpenedStore {
  const opened = openDatabase(path, {
    readonly: options.readonly === true,
    ...(options.now ? { now: options.now } : {}),
  });
  if (!opened.ok) return opened;
  const search = options.readonly === true || options.search === undefined ? null : options.search(opened.db);
  return { ok: true, store: new SqliteArchiveStore(opened.db, search, options.now ?? (() => new Date())) };
}

export class SqliteArchiveStore implements ArchiveStore {
  private readonly writer: Writer | null;

  constructor(
    /** The connection, for the search index and tests; all archive writes go through ingestIssue. */
    readonly db: Db,
    private readonly search: SearchIndex | null,
    now: () => Date,
  ) {
    this.writer = db.readonly ? null : new Writer(db, search, now);
    this.inSnapshot = db.transaction((read: (db: Db) => unknown) => read(db));
  }

  // One transaction wrapper for every snapshot: making one per read cost a cold article page 10–20 µs.
  private readonly inSnapshot: Transaction<(read: (db: Db) => unknown) => unknown>;

  /** Several SELECTs as one snapshot: a writer committing in between would make counts disagree. */
  private snapshot<T>(read: (db: Db) => T): T {
    return this.inSnapshot.deferred(read) as T;
  }

  async listPapers(): Promise<PaperRecord[]> {
    return readPapers(this.db);
  }

  async pageDigests(issue: IssueKey): Promise<Map<number, string>> {
    return readDigests(this.db, issue);
  }

  async ingestIssue(input: IssueInput, link: IssueLinker): Promise<IssueOutcome> {
    if (this.writer === null)
      throw new Error("ingestIssue: this archive was opened read-only; open it without readonly to ingest");
    return this.writer.ingestIssue(input, link);
  }

  /** How many articles the archive holds: what an ingest weighs its own additions against. */
  articleCount(): number {
    return prepared<[], number>(this.db, "SELECT COUNT(*) FROM articles").pluck().get() ?? 0;
  }

  /**
   * During a bulk load that will end with mergeSearchIndex(): the search index stops merging as it is written
   * (SqliteSearchIndex.deferMerges), which saves the merges that mergeSearchIndex() would redo anyway.
   */
  deferSearchMerges(): void {
    if (this.writer === null) throw new Error("deferSearchMerges: this archive was opened read-only");
    this.search?.deferMerges?.();
  }

  /** A bulk load that deferred merges and failed: the search index merges as it is written again. */
  resumeSearchMerges(): void {
    if (this.writer === null) throw new Error("resumeSearchMerges: this archive was opened read-only");
    this.search?.resumeMerges?.();
  }

  searchWords(): string[] {
    return this.search?.userWords?.() ?? [];
  }

  /** After a bulk load: the search index merged for faster queries (SearchIndex.merge); the steps taken. */
  mergeSearchIndex(): number {
    if (this.writer === null) throw new Error("mergeSearchIndex: this archive was opened read-only");
    return this.search?.merge?.() ?? 0;
  }

  /**
   * Several issues in one transaction, for bulk loads (fewer commits, larger search-index segments): each
   * stored as ingestIssue would, all of them or none. Not part of ArchiveStore: SQLite's own.
   */
  async ingestIssues(inputs: readonly IssueInput[], link: IssueLinker): Promise<IssueOutcome[]> {
    if (this.writer === null)
      throw new Error("ingestIssues: this archive was opened read-only; open it without readonly to ingest");
    return this.writer.ingestIssues(inputs, link);
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    return this.snapshot((db) => readArticle(db, id));
  }

  async getIssue(id: string): Promise<IssueRecord | null> {
    return this.snapshot((db) => readIssue(db, id));
  }

  async listIssues(filter: { paper?: string } = {}): Promise<IssueSummary[]> {
    return readIssues(this.db, filter.paper ?? null);
  }

  async paperSpans(): Promise<PaperSpan[]> {
    return readPaperSpans(this.db);
  }

  async pageVersions(pageId: string): Promise<PageVersion[]> {
    return readVersions(this.db, pageId);
  }

  async rawInput(sha256: string): Promise<Uint8Array | null> {
    return readRaw(this.db, sha256);
  }

  async pageImage(pageId: string, version?: number): Promise<StoredPageImage | null> {
    return readPageImage(this.db, pageId, version);
  }

  async pageImageInfo(pageId: string, version?: number): Promise<PageImageInfo | null> {
    return readPageImageInfo(this.db, pageId, version);
  }

  async stats(): Promise<ArchiveStats> {
    return this.snapshot(readStats);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
