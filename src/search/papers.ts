// Paper registry ids (lcrb) ↔ the small numbers the index packs into rowids, kept in search_paper.
// Reads are cached per connection; a miss re-reads the table, since another connection may have added one.
import type { Database, Statement } from "better-sqlite3";
import { MAX_PAPERS } from "./rowid.js";

export class PaperNumbers {
  private readonly byId = new Map<string, number>();
  private readonly byNumber = new Map<number, string>();
  private readonly all: Statement<[], { no: number; id: string }>;
  private readonly one: Statement<[string], { no: number }>;
  private readonly next: Statement<[], { no: number }>;
  private readonly insert: Statement<[number, string]>;

  constructor(db: Database) {
    this.all = db.prepare("SELECT no, id FROM search_paper");
    this.one = db.prepare("SELECT no FROM search_paper WHERE id = ?");
    this.next = db.prepare("SELECT coalesce(max(no), 0) + 1 AS no FROM search_paper");
    this.insert = db.prepare("INSERT INTO search_paper (no, id) VALUES (?, ?)");
  }

  private reload(): void {
    for (const { no, id } of this.all.all()) {
      this.byId.set(id, no);
      this.byNumber.set(no, id);
    }
  }

  /** The paper's number, or null when no article of it was ever indexed. */
  lookup(id: string): number | null {
    if (!this.byId.has(id)) this.reload();
    return this.byId.get(id) ?? null;
  }

  /**
   * The paper's number, given one if it is new. Read from the table, not the cache: a rolled-back
   * transaction may have taken back a number that the cache saw handed out.
   */
  numberOf(id: string): number {
    const row = this.one.get(id);
    if (row) return row.no;
    const no = this.next.get()?.no ?? 1;
    if (no > MAX_PAPERS)
      throw new Error(`search index: more than ${MAX_PAPERS} papers; the rowid has no room`);
    this.insert.run(no, id);
    return no;
  }

  idOf(no: number): string {
    if (!this.byNumber.has(no)) this.reload();
    return this.byNumber.get(no) ?? `#${no}`;
  }
}
