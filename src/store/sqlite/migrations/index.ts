// The schema as numbered migrations, applied in order, each in its own transaction. Never edit one that
// has shipped: add the next number. Kept as modules (not .sql files) so the build carries them to dist/.
import { sql as archive } from "./0001-archive.js";
import { sql as pageImages } from "./0003-page-images.js";
import { sql as articleListing } from "./0004-article-listing.js";
import { sql as rawInputSizes } from "./0005-raw-input-sizes.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: "archive", sql: archive },
  { version: 3, name: "page-images", sql: pageImages },
  { version: 4, name: "article-listing", sql: articleListing },
  { version: 5, name: "raw-input-sizes", sql: rawInputSizes },
];

/** The schema version this code reads and writes. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/** Tables the migrations create: everything else in the database belongs to the search index. */
export const ARCHIVE_TABLES: ReadonlySet<string> = new Set([
  "schema_version",
  "papers",
  "issues",
  "raw_inputs",
  "pages",
  "page_versions",
  "articles",
  "links",
  "messages",
  "page_images",
]);
