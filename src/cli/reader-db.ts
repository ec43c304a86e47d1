// Opening the archive for reading through the web reader (serve, get, the serve benchmark): read-only, with
// the search index over the same connection and the change token that keeps the reader's caches honest.
import type { ReaderSources } from "../serve/index.js";
import { archiveSearchIndex } from "../store/index.js";
import { openArchive } from "./archive-db.js";

export type OpenedReader =
  | { ok: true; sources: ReaderSources; close(): Promise<void> }
  | { ok: false; error: string };

export function openReader(path: string): OpenedReader {
  const opened = openArchive(path, "read");
  if (!opened.ok) return opened;
  const { store } = opened;
  const db = store.db;
  // Page cache and memory map for a server that reads the same index pages over and over (per connection;
  // a read-only connection may set them). 64 MiB of cache, up to 8 GiB mapped, as bench:search measures with.
  db.pragma("cache_size = -65536");
  db.pragma("mmap_size = 8589934592");
  try {
    const search = archiveSearchIndex(db);
    // PRAGMA data_version moves when another connection (an ingest) commits: the reader drops its caches.
    // Prepared once: db.pragma() compiles on every call (6.6 against 0.2 µs), and the response cache asks
    // on every request.
    const dataVersion = db.prepare<[], number>("PRAGMA data_version").pluck();
    const version = () => dataVersion.get() ?? 0;
    return { ok: true, sources: { store, search, version }, close: () => store.close() };
  } catch (error) {
    void store.close();
    return {
      ok: false,
      error: `cannot search archive ${path}: ${(error as Error).message} (run banmian ingest once to build the index)`,
    };
  }
}
