// The first pass of a few recent searches (newest matches with scores, total, facets), so that paging through
// a broad query does not redo it: at 1M articles that pass is most of a search's time. Any write empties it:
// this connection's (total_changes() moves) or another's (PRAGMA data_version moves). Inside a transaction,
// which may yet roll back, nothing is kept.
import type { Database } from "better-sqlite3";
import { DatabaseChanges } from "./sqlite-changes.js";

export class RecentSearches<T> {
  private readonly entries = new Map<string, T>();
  private readonly changes: DatabaseChanges;

  constructor(
    private readonly db: Database,
    private readonly size: number,
  ) {
    this.changes = new DatabaseChanges(db);
  }

  /** The value for `key`, computed by `make` unless a recent search with no write since computed it. */
  get(key: string, make: () => T): T {
    if (this.size === 0 || this.db.inTransaction) return make();
    if (this.changes.changed()) this.entries.clear();
    let value = this.entries.get(key);
    if (value === undefined) {
      value = make();
      if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value as string);
    } else {
      this.entries.delete(key); // re-inserted below: the Map's order is least recently used first
    }
    this.entries.set(key, value);
    return value;
  }
}
