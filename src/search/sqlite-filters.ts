// The filters of a search as SQL conditions on search_fts's rowid (rowid.ts), with their parameters:
// a date range is a rowid range FTS5 seeks to; paper, page and kind are bit fields; author is a lookup.
import type { Filters } from "./filters.js";
import type { PaperNumbers } from "./papers.js";
import { dayRange, kindCode, LAST_DAY, MAX_PAGE, SHIFT } from "./rowid.js";

export interface Conditions {
  /** " AND …" for each filter, to follow `search_fts MATCH ?`. */
  sql: string;
  params: (bigint | number | string)[];
}

/** The conditions for the filters, or null when no article can pass them (an unknown paper, say). */
export function filterConditions(filters: Filters, papers: PaperNumbers): Conditions | null {
  const sql: string[] = [];
  const params: Conditions["params"] = [];
  if (filters.firstDay !== undefined || filters.lastDay !== undefined) {
    const [lo, hi] = dayRange(filters.firstDay ?? 0, filters.lastDay ?? LAST_DAY);
    if (lo > hi) return null;
    sql.push("rowid BETWEEN ? AND ?");
    // As BigInt: better-sqlite3 binds a number as REAL, and FTS5 seeks to an INTEGER bound only (52 ms → 0.3 ms
    // for the newest 2,000 of 775,000 matches).
    params.push(BigInt(lo), BigInt(hi));
  }
  if (filters.paper !== undefined) {
    const no = papers.lookup(filters.paper);
    if (no === null) return null;
    sql.push(`((rowid >> ${SHIFT.paper}) & 1023) = ?`);
    params.push(no);
  }
  if (filters.page !== undefined) {
    if (filters.page > MAX_PAGE) return null;
    sql.push(`((rowid >> ${SHIFT.page}) & 511) = ?`);
    params.push(filters.page);
  }
  if (filters.kind !== undefined) {
    sql.push(`((rowid >> ${SHIFT.kind}) & 7) = ?`);
    params.push(kindCode(filters.kind));
  }
  if (filters.author !== undefined) {
    sql.push("rowid IN (SELECT doc FROM search_author WHERE name = ?)");
    params.push(filters.author);
  }
  return { sql: sql.map((s) => ` AND ${s}`).join(""), params };
}
