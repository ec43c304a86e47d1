// The first pass of a few recent searches (newest matches with scores, total, facets), so that paging through
// a broad query does not redo it: at 1M articles that pass is most of a search's time. Any write empties it:
// this connection's (total_changes() moves) or another's (PRAGMA data_version moves). Inside a transaction,
// which may yet roll back, nothing is kept.
import type { Database, Statement } from "better-sqlite3";

export class RecentSearches<T> {
  private readonly entries = new Map<string, T>();
  private version = "";
  private readonly changes: Statement<[], number>;
  private readonly dataVersion: Statement<[], number>;

  constructor(
    private readonly db: Database,
    private readonly size: number,
  ) {
    this.changes = db.prepare<[], number>("SELECT total_changes()").pluck();
    this.dataVersion = db.prepare<[], number>("PRAGMA data_version").pluck();
  }

  /** The value for `key`, computed by `make` unless a recent search with no write since computed it. */
  get(key: string, make: () => T): T {
    if (this.size === 0 || this.db.inTransaction) return make();
    const version = `${this.dataVersion.get()}:${this.changes.get()}`;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
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
