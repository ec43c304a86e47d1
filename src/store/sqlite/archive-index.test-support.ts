// The search index as the archive opens it (cli/archive-db.ts archiveSearchIndex), for tests below the CLI: with
// the archive's article texts, so that search_doc keeps no second copy of each body.
import { createSqliteSearchIndex, type SqliteSearchIndex } from "../../search/index.js";
import type { Db } from "./open.js";
import { articleTexts } from "./texts.js";

export function archiveIndex(db: Db): SqliteSearchIndex {
  const texts = articleTexts(db);
  return createSqliteSearchIndex(db, texts === undefined ? {} : { texts });
}
