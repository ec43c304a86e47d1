// Writing to the SQLite search index: upsert and remove, inside the caller's transaction when there is one.
// An article keeps its rowid while its date stays the same; a new one takes the next sequence number of its
// day (rowid.ts), so a day's articles get dense, increasing rowids in the order they come.
//
// FTS5 keeps the tokens of a transaction in memory and writes them out as one segment at commit, or earlier
// whenever a savepoint begins, which any statement needing a statement journal does, and better-sqlite3
// opens for a nested transaction. Small segments cost merges later (a segment per page of 8 articles made a
// whole-archive ingest several times slower), so each write does the plain tables first and the FTS5 rows
// last, and joins the caller's transaction without a savepoint of its own.
import type { Database, Statement } from "better-sqlite3";
import { type DayEntries, DayWriter } from "./attrs.js";
import { authorKey } from "./columns.js";
import type { Cut } from "./compile.js";
import type { SearchDoc } from "./contract.js";
import type { PaperNumbers } from "./papers.js";
import { prepareDoc, type StoredText, storedFields, type WritablePrepared } from "./prepare.js";
import { dayOfRowid, kindCode, MAX_SEQ, packRowid, seqOfRowid } from "./rowid.js";
import { MERGING, setFts } from "./schema.js";
import { filterTokens } from "./sqlite-filters.js";
import type { ArchiveWords } from "./sqlite-words.js";
import { MARK } from "./tokens.js";

interface Existing {
  doc: number;
  hash: string;
  authors: string;
}

/** The sample tokens of an article (count.ts): a random 1/8, 1/64 and 1/512 of the articles carry them. */
export const SAMPLE_LEVELS = [8, 64, 512] as const;

function sampleTokens(draw: number): string {
  return SAMPLE_LEVELS.filter((n) => draw % n === 0)
    .map((n) => ` ${MARK.sample}${n}`)
    .join("");
}

// crisismerge while merges are deferred: `banmian ingest` of 1.37 million articles in batches of 8,192 writes
// 167 segments, which then wait for the final merge; a larger load (from ~2 million articles) still merges a
// level of 256 as it goes, which keeps FTS5's limit of 2,000 segments in reach, and queries meanwhile (one doclist
// per segment) from slowing without end. At 128, bench:ingest at 1.37 million articles (4,096-article batches,
// 334 segments) ran two crisis merges of ~45 s each, the reading thread waiting: 1,583 articles/s in all.
export const DEFERRED_CRISIS = 256;

// Bytes of leaves merge() writes per transaction: 20,000 of FTS5's default 4,050-byte leaves, ~80 MB of WAL a
// step, about a second; another writer waits for one step at most. With 16,000-byte leaves (schema.ts) that
// is 5,000 leaves a step.
const DEFAULT_LEAF_BYTES = 4050;
const MERGE_BYTES = 20_000 * DEFAULT_LEAF_BYTES;

/** One write's work: rows to take out of search_fts, rows to put in, days changed. */
interface Work {
  drops: number[];
  /** rowid, token text, the filter and sample tokens to append. */
  rows: [number, StoredText, string][];
  days: ReturnType<DayWriter["session"]>;
}

export class SearchWriter {
  private readonly existing: Statement<[string], Existing>;
  private readonly insertFts: Statement<[number, StoredText, string]>;
  private readonly deleteFts: Statement<[number]>;
  private readonly insertDoc: Statement<unknown[]>;
  private readonly deleteDoc: Statement<[number]>;
  private readonly insertAuthor: Statement<[string, number]>;
  private readonly deleteAuthor: Statement<[string, number]>;
  private readonly days: DayWriter;
  /** Adds or replaces articles, made ready here. */
  readonly upsert: (docs: readonly SearchDoc[]) => void;
  /** The same for articles already made ready (prepare.ts), e.g. by worker threads. */
  readonly upsertPrepared: (docs: readonly WritablePrepared[]) => void;
  readonly remove: (ids: readonly string[]) => void;
  private readonly mergeStep: Statement<[number]>;
  private readonly changes: Statement<[], number>;

  constructor(
    private readonly db: Database,
    private readonly papers: PaperNumbers,
    cut: Cut,
    words: ArchiveWords,
    /** Whether search_doc keeps each body; else it is written empty, the archive keeping the text (texts.ts). */
    private readonly keepsBodies = true,
  ) {
    this.existing = db.prepare("SELECT doc, hash, authors FROM search_doc WHERE id = ?");
    // CAST: token text and long texts may come as UTF-8 bytes (prepare.ts StoredText), stored as TEXT all the same.
    this.insertFts = db.prepare("INSERT INTO search_fts (rowid, t) VALUES (?, CAST(? AS TEXT) || ?)");
    this.deleteFts = db.prepare("DELETE FROM search_fts WHERE rowid = ?");
    this.insertDoc = db.prepare(
      `INSERT INTO search_doc (doc, id, paper, date, page, kind, title, headline, body, authors, hash)
       VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), ?, ?)`,
    );
    this.deleteDoc = db.prepare("DELETE FROM search_doc WHERE doc = ?");
    this.insertAuthor = db.prepare("INSERT OR IGNORE INTO search_author (name, doc) VALUES (?, ?)");
    this.deleteAuthor = db.prepare("DELETE FROM search_author WHERE name = ? AND doc = ?");
    this.days = new DayWriter(db);
    this.mergeStep = db.prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('merge', ?)");
    this.changes = db.prepare<[], number>("SELECT total_changes()").pluck();
    // The words the documents bring are learned first: the cut of upsert's documents keeps them whole.
    this.upsertPrepared = this.inTransaction((docs: readonly WritablePrepared[]) => {
      words.learn(docs.map((d) => d.doc));
      this.write(docs);
    });
    this.upsert = this.inTransaction((docs: readonly SearchDoc[]) => {
      words.learn(docs);
      this.write(docs.map((d) => prepareDoc(d, cut)));
    });
    this.remove = this.inTransaction((ids: readonly string[]) => {
      const work: Work = { drops: [], rows: [], days: this.days.session() };
      for (const id of ids) {
        const row = this.existing.get(id);
        if (row) this.drop(row, work);
      }
      this.finish(work);
    });
  }

  /**
   * For the rest of a bulk load, which will end with merge(): FTS5 stops merging segments as it writes, so that
   * each batch's segment is merged once, at the end, instead of again at every level it climbs. automerge goes
   * to 0 and crisismerge (which merges a level of 16 segments whatever automerge says) to DEFERRED_CRISIS.
   * bench:search, quiet machine: at 400,000 articles automerge 0 alone took the writer's CPU from 207 to 193 s
   * and the final merge from 19.2 to 14.8 s; at a million, the writer did 2,178 articles per CPU second
   * against 1,763 before (crisis merges still on). Queries meanwhile read one more segment per batch written.
   * merge() sets both back; so does the next open for writing (schema.ts tuneFts) after a killed load.
   */
  deferMerges(): void {
    // Outside a transaction: FTS5 writes its pending tokens out as a segment when a setting is written.
    if (this.db.inTransaction) throw new Error("SearchWriter.deferMerges(): call it outside a transaction");
    setFts(this.db, [
      ["automerge", 0],
      ["crisismerge", DEFERRED_CRISIS],
    ]);
  }

  /** Turns FTS5's own merging back on (deferMerges undone) without merging now: a load that failed. */
  resumeMerges(): void {
    if (this.db.inTransaction) throw new Error("SearchWriter.resumeMerges(): call it outside a transaction");
    setFts(this.db, MERGING);
  }

  /**
   * Merges search_fts's segments into one, MERGE_BYTES of leaves per transaction: how a bulk load should end
   * (FTS5's automerge leaves up to 3 segments a level, and broad queries read every one), then turns FTS5's
   * own merging back on (deferMerges). Returns the steps taken (0: already one segment). Not inside a
   * transaction of the caller's: each step commits.
   */
  merge(): number {
    if (this.db.inTransaction) throw new Error("SearchWriter.merge(): call it outside a transaction");
    const leaf = this.db.prepare("SELECT v FROM search_fts_config WHERE k = 'pgsz'").pluck().get();
    const mergePages = Math.round(MERGE_BYTES / (typeof leaf === "number" ? leaf : DEFAULT_LEAF_BYTES));
    // A negative count merges every level down to one segment (FTS5's incremental optimize). A step with
    // nothing left to do changes one row, the command's own; one that merged, more.
    const step = this.db.transaction((): boolean => {
      const before = this.changes.get() ?? 0;
      this.mergeStep.run(-mergePages);
      return (this.changes.get() ?? 0) - before >= 2;
    });
    let steps = 0;
    try {
      while (step.immediate()) steps++;
    } finally {
      this.resumeMerges();
    }
    return steps;
  }

  /**
   * `fn` in the caller's transaction when there is one (no savepoint: see the top of the file; a failure
   * leaves the rollback to the caller), else in a transaction of its own.
   */
  private inTransaction<T>(fn: (arg: T) => void): (arg: T) => void {
    const own = this.db.transaction(fn);
    return (arg) => (this.db.inTransaction ? fn(arg) : own(arg));
  }

  private write(docs: readonly WritablePrepared[]): void {
    const work: Work = { drops: [], rows: [], days: this.days.session() };
    const numbers = new Map<string, number>();
    // The same id twice in one call: the last one stands, as if they had come one call each.
    for (const p of new Map(docs.map((d) => [d.doc.id, d])).values()) {
      const old = this.existing.get(p.doc.id);
      if (old?.hash === p.hash) continue;
      const paper = numbers.get(p.doc.paper) ?? this.papers.numberOf(p.doc.paper);
      numbers.set(p.doc.paper, paper);
      if (old) this.drop(old, work);
      const day = work.days.get(p.day);
      const rowid = old && dayOfRowid(old.doc) === p.day ? old.doc : packRowid(p.day, this.nextSeq(day, p));
      day.set(seqOfRowid(rowid), paper, p.doc.page, p.length);
      const [paperId, date, page, kind, title, headline, body, authors] = storedFields(p.doc);
      const kept = this.keepsBodies ? body : "";
      this.insertDoc.run(rowid, p.doc.id, paperId, date, page, kind, title, headline, kept, authors, p.hash);
      for (const name of p.authorKeys) this.insertAuthor.run(name, rowid);
      const filters = filterTokens(paper, p.doc.page, kindCode(p.doc.kind));
      work.rows.push([rowid, p.tokens, ` ${filters}${sampleTokens(p.draw)}`]);
    }
    this.finish(work);
  }

  private nextSeq(day: DayEntries, p: WritablePrepared): number {
    const seq = day.next();
    if (seq === null)
      throw new Error(
        `search index: more than ${MAX_SEQ + 1} articles on ${p.doc.date}; the rowid has no room`,
      );
    return seq;
  }

  /** The plain tables are done: days written back, then the FTS5 rows, in rowid order (one segment). */
  private finish(work: Work): void {
    work.days.flush();
    for (const rowid of work.drops) this.deleteFts.run(rowid);
    // In rowid order: FTS5 also writes its pending tokens out whenever a rowid comes in lower than the last.
    work.rows.sort((a, b) => a[0] - b[0]);
    for (const [rowid, tokens, tail] of work.rows) this.insertFts.run(rowid, tokens, tail);
  }

  private drop(row: Existing, work: Work): void {
    this.deleteDoc.run(row.doc);
    for (const name of JSON.parse(row.authors) as string[]) this.deleteAuthor.run(authorKey(name), row.doc);
    work.days.get(dayOfRowid(row.doc)).clear(seqOfRowid(row.doc));
    work.drops.push(row.doc);
  }
}
