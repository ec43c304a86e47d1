// Statements compiled once per connection and reused: better-sqlite3 compiles on every prepare(), and a
// reader (serve) asks the same few questions many times.
import type Database from "better-sqlite3";
import type { Db } from "./open.js";

const cache = new WeakMap<Db, Map<string, Database.Statement<unknown[], unknown>>>();

/** The connection's statement for `sql`, compiled on first use. */
export function prepared<P extends unknown[], R>(db: Db, sql: string): Database.Statement<P, R> {
  let statements = cache.get(db);
  if (statements === undefined) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (statement === undefined) {
    statement = db.prepare<unknown[], unknown>(sql);
    statements.set(sql, statement);
  }
  // One SQL text always gets the same binding, row shape and pluck() state from its callers.
  return statement as unknown as Database.Statement<P, R>;
}
