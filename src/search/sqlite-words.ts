// The archive's user words (words.ts) in SQLite: search_word, a row a word, added as the articles that bring them
// are indexed (their authors' names, their datelines' places), never removed. Every connection keeps the set in
// memory and reads in the rows added since, by itself or by another process, when the database has changed.
import type { Database, Statement } from "better-sqlite3";
import type { SearchDoc } from "./contract.js";
import { DatabaseChanges } from "./sqlite-changes.js";
import { docWords, UserWords } from "./words.js";

// Not among schema.ts's tables: an index made before it has none, and gets it from the first connection that
// may write; a connection opened before that reads it in once it is there.
const WORDS_TABLE = `CREATE TABLE IF NOT EXISTS search_word (
  id INTEGER PRIMARY KEY,        -- in the order learned: a connection reads in the rows after the last it saw
  word TEXT NOT NULL UNIQUE      -- userWord(): folded, no spaces
)`;

export class ArchiveWords {
  /** The words as this connection knows them. */
  readonly set = new UserWords();
  private last = 0;
  private since: Statement<[number], { id: number; word: string }> | null = null;
  private readonly insert: Statement<[string]> | null;
  private readonly changes: DatabaseChanges;

  constructor(private readonly db: Database) {
    if (!db.readonly) db.exec(WORDS_TABLE);
    this.insert = db.readonly ? null : db.prepare("INSERT OR IGNORE INTO search_word (word) VALUES (?)");
    this.changes = new DatabaseChanges(db);
    this.refresh();
  }

  /**
   * Reads in the words added since the last look, when the database has changed. Outside transactions only: what
   * a transaction sees may yet roll back (the words this connection adds itself are in the set already).
   */
  refresh(): UserWords {
    if (this.db.inTransaction || !this.changes.changed()) return this.set;
    this.since ??= this.prepareSince();
    if (this.since === null) return this.set;
    const rows = this.since.all(this.last);
    this.set.add(rows.map((r) => r.word));
    if (rows.length > 0) this.last = (rows[rows.length - 1] as { id: number }).id;
    return this.set;
  }

  /**
   * Adds the words these documents bring, in the caller's transaction when there is one. Every word of the call is
   * written (INSERT OR IGNORE, once per distinct word: a few hundred for a bulk batch of 8,192 articles), not only
   * those new to the set: a word whose first write rolled back stays in the set, and is written by the next call
   * that brings it. Words of a write that rolls back shape this connection's cuts until then (ranking only).
   */
  learn(docs: readonly Pick<SearchDoc, "authors" | "places">[]): void {
    if (this.insert === null) return;
    const words = new Set<string>();
    for (const doc of docs) for (const word of docWords(doc)) words.add(word);
    for (const word of words) this.insert.run(word);
    this.set.add(words);
  }

  private prepareSince(): Statement<[number], { id: number; word: string }> | null {
    const exists =
      this.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_word'").get() !== undefined;
    return exists ? this.db.prepare("SELECT id, word FROM search_word WHERE id > ? ORDER BY id") : null;
  }
}
