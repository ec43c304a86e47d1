// The SQLite archive store: one file, WAL, numbered migrations.

export { SCHEMA_VERSION } from "./migrations/index.js";
export { type Db, openDatabase } from "./open.js";
export {
  type OpenedStore,
  openSqliteStore,
  type SearchIndexFactory,
  SqliteArchiveStore,
  type SqliteStoreOptions,
} from "./store.js";
export { archiveSearchIndex, articleTexts } from "./texts.js";
