// Rebuilding an index of schema 1 (rowids packing paper, page and kind; positions kept) as schema 2, in place:
// search_doc still holds every field an article was indexed with, so it is set aside and re-indexed in
// batches, each its own transaction. A rebuild that is killed carries on where it stopped at the next open.
import type { Database } from "better-sqlite3";
import type { SearchDoc } from "./contract.js";
import { asKind } from "./rowid.js";
import { createTables, type DocRow, MIGRATING, readVersion, SCHEMA_VERSION } from "./schema.js";
import type { SearchWriter } from "./sqlite-write.js";

const OLD = "search_doc_v1";
// Articles per transaction: as bench:search's bulk load writes them (larger transactions, less merging).
const BATCH = 8000;

type OldRow = DocRow & { doc: number };

/**
 * Rebuilds the index. `writer` is asked for once the current tables exist (its statements need them), writes
 * each batch, and at the end merges the index into one segment, as a bulk load ends (SearchWriter.merge).
 */
export function migrate(db: Database, writer: () => Pick<SearchWriter, "upsert" | "merge">): void {
  if (readVersion(db) === "1") {
    db.transaction(() => {
      db.exec(`ALTER TABLE search_doc RENAME TO ${OLD}`);
      db.exec("DROP TABLE search_fts");
      db.exec("DROP TABLE search_author");
      createTables(db, MIGRATING);
    }).immediate();
  }
  const next = db.prepare<[number], OldRow>(
    `SELECT doc, id, paper, date, page, kind, title, headline, body, authors FROM ${OLD} ORDER BY doc LIMIT ?`,
  );
  const done = db.prepare<[number]>(`DELETE FROM ${OLD} WHERE doc <= ?`);
  const target = writer();
  const step = db.transaction((): boolean => {
    const rows = next.all(BATCH);
    if (rows.length === 0) {
      db.exec(`DROP TABLE ${OLD}`);
      db.prepare("UPDATE search_meta SET value = ? WHERE key = 'version'").run(SCHEMA_VERSION);
      return false;
    }
    target.upsert(rows.map(toDoc));
    done.run((rows.at(-1) as OldRow).doc);
    return true;
  });
  while (step.immediate());
  target.merge();
}

function toDoc(row: OldRow): SearchDoc {
  return {
    id: row.id,
    paper: row.paper,
    date: row.date,
    page: row.page,
    kind: asKind(row.kind),
    title: row.title,
    headline: row.headline,
    body: row.body,
    authors: JSON.parse(row.authors) as string[],
  };
}
