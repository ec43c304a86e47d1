// Whether a connection's database has changed since it last looked: by this connection's own writes
// (total_changes() moves) or another connection's, in this process or another (PRAGMA data_version moves).
// What the readers of the search index (attrs.ts, sqlite-cache.ts, sqlite-words.ts) reload or drop on.
import type { Database, Statement } from "better-sqlite3";

export class DatabaseChanges {
  private version = "";
  private readonly changes: Statement<[], number>;
  private readonly dataVersion: Statement<[], number>;

  constructor(db: Database) {
    this.changes = db.prepare<[], number>("SELECT total_changes()").pluck();
    this.dataVersion = db.prepare<[], number>("PRAGMA data_version").pluck();
  }

  /** True on the first call and whenever the database has changed since the last call. */
  changed(): boolean {
    const version = `${this.dataVersion.get()}:${this.changes.get()}`;
    if (version === this.version) return false;
    this.version = version;
    return true;
  }
}
