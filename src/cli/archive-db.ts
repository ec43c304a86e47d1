// Where the archive is (--db, else $BANMIAN_DB, else ./data/banmian.db) and opening it for a command:
// read-write with the search index for ingest, read-only for show and stats.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { archiveSearchIndex, type OpenedStore, openSqliteStore } from "../store/index.js";
import type { Io } from "./io.js";

export const DEFAULT_DB = "data/banmian.db";

export const DB_HELP = `  --db FILE                  the archive (default: $BANMIAN_DB, else ./${DEFAULT_DB})`;

/** The archive path for a command, absolute. */
export function dbPath(flag: string | undefined, io: Io): string {
  const fromEnv = io.env.BANMIAN_DB;
  const chosen = flag ?? (fromEnv !== undefined && fromEnv !== "" ? fromEnv : DEFAULT_DB);
  return resolve(io.cwd, chosen);
}

/** Opens the archive; a writable one is created (with its folder) when missing. */
export function openArchive(path: string, mode: "read" | "write"): OpenedStore {
  if (mode === "read") return openSqliteStore(path, { readonly: true });
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    return { ok: false, error: `cannot create the folder for ${path}: ${(error as Error).message}` };
  }
  return openSqliteStore(path, { search: (db) => archiveSearchIndex(db) });
}
