// What the archive holds and how big it is. The search index's size is whatever the database holds
// beyond the archive's own tables (the index's tables are the search module's business).
import type { ArchiveStats } from "../types.js";
import { ARCHIVE_TABLES } from "./migrations/index.js";
import type { Db } from "./open.js";
import { prepared } from "./prepared.js";

export function readStats(db: Db): ArchiveStats {
  const count = (sql: string): number => prepared<[], number>(db, sql).pluck().get() ?? 0;
  const levels = prepared<[], { level: string; n: number }>(
    db,
    "SELECT level, COUNT(*) AS n FROM messages GROUP BY level",
  ).all();
  const byLevel = (level: string): number => levels.find((l) => l.level === level)?.n ?? 0;
  const rules = prepared<[], { rule: string | null; n: number }>(
    db,
    "SELECT rule, COUNT(*) AS n FROM messages WHERE stage = 'link' GROUP BY rule ORDER BY rule",
  ).all();
  const pageSize = Number(db.pragma("page_size", { simple: true }));
  const pageCount = Number(db.pragma("page_count", { simple: true }));
  return {
    papers: count("SELECT COUNT(*) FROM papers"),
    issues: count("SELECT COUNT(*) FROM issues"),
    pages: count("SELECT COUNT(*) FROM pages"),
    versions: count("SELECT COUNT(*) FROM page_versions"),
    articles: count("SELECT COUNT(*) FROM articles"),
    images: count("SELECT COUNT(*) FROM page_images"),
    links: {
      jump: count("SELECT COUNT(*) FROM links WHERE kind = 'jump'"),
      toc: count("SELECT COUNT(*) FROM links WHERE kind = 'toc'"),
    },
    messages: { info: byLevel("info"), warning: byLevel("warning"), error: byLevel("error") },
    linkMessages: Object.fromEntries(rules.map((r) => [r.rule ?? "(none)", r.n])),
    bytes: {
      raw: count("SELECT COALESCE(SUM(size), 0) FROM raw_inputs"),
      images: count("SELECT COALESCE(SUM(size), 0) FROM page_images"),
      database: Number.isFinite(pageSize * pageCount) ? pageSize * pageCount : null,
      searchIndex: searchIndexBytes(db),
    },
  };
}

/** Bytes of the tables (and their indexes) the archive's migrations did not create; null without dbstat. */
function searchIndexBytes(db: Db): number | null {
  try {
    const rows = prepared<[], { table_name: string | null; bytes: number }>(
      db,
      `SELECT m.tbl_name AS table_name, SUM(s.pgsize) AS bytes
         FROM dbstat s LEFT JOIN sqlite_master m ON m.name = s.name GROUP BY m.tbl_name`,
    ).all();
    return rows
      .filter(
        (r) =>
          r.table_name !== null && !ARCHIVE_TABLES.has(r.table_name) && !r.table_name.startsWith("sqlite_"),
      )
      .reduce((sum, r) => sum + r.bytes, 0);
  } catch {
    // Builds of SQLite without SQLITE_ENABLE_DBSTAT_VTAB cannot say; better-sqlite3's can.
    return null;
  }
}
