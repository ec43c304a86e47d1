// Rendered responses kept in memory, least recently used first out, bounded in bytes: a page asked again is
// answered without reading the archive, searching or rendering. Entries belong to an archive generation (the
// reader's change token, PRAGMA data_version): when an ingest commits, the next request finds the generation
// moved and the cache empties. Only 200 answers with text bodies (HTML, JSON, feeds) are kept; errors,
// redirects and images are not. The key is origin + path + query: without base_url, links in feeds and
// citations are built from the request's host.
import type { MiddlewareHandler } from "hono";
import { type Env, etagMatches } from "./routes/define.js";

interface Entry {
  body: string;
  headers: [string, string][];
  etag: string | null;
  lastModified: number | null;
  bytes: number;
}

const CACHED_TYPES = /^(text\/html|application\/json|application\/rss\+xml|application\/atom\+xml)/u;
// What an entry costs besides its body: the key, headers and the Map's bookkeeping, roughly.
const ENTRY_OVERHEAD = 512;

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private generation: string | number | undefined = undefined;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  /** The entry for `key` in this generation, refreshed as most recently used. */
  get(key: string, generation: string | number): Entry | undefined {
    this.turn(generation);
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, generation: string | number, entry: Entry): void {
    this.turn(generation);
    if (entry.bytes > this.maxBytes / 8) return; // one huge answer must not flush everything else
    const old = this.entries.get(key);
    if (old !== undefined) this.bytes -= old.bytes;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= e.bytes;
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private turn(generation: string | number): void {
    if (generation === this.generation) return;
    this.generation = generation;
    this.entries.clear();
    this.bytes = 0;
  }
}

/** Whether a conditional request already holds this entry (If-None-Match, else If-Modified-Since). */
function notModified(headers: Headers, entry: Entry): boolean {
  const held = headers.get("If-None-Match");
  if (held !== null && entry.etag !== null) return etagMatches(held, entry.etag);
  const since = Date.parse(headers.get("If-Modified-Since") ?? "");
  return entry.lastModified !== null && !Number.isNaN(since) && entry.lastModified <= since;
}

/**
 * Answers GET requests from `cache` while `generation()` stays the same, and keeps what the routes answer.
 * Without a generation (no way to tell that the archive changed) nothing is kept.
 */
export function responseCache(
  cache: ResponseCache,
  generation: (() => string | number) | undefined,
): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (generation === undefined || c.req.method !== "GET") return next();
    const url = new URL(c.req.url);
    const key = `${url.origin}${url.pathname}${url.search}`;
    const now = generation();
    const entry = cache.get(key, now);
    if (entry !== undefined) {
      if (notModified(c.req.raw.headers, entry))
        return new Response(null, { status: 304, headers: entry.headers });
      return new Response(entry.body, { status: 200, headers: entry.headers });
    }
    await next();
    const type = c.res.headers.get("Content-Type") ?? "";
    if (c.res.status !== 200 || !CACHED_TYPES.test(type)) return;
    // The body as the route wrote it (withEtag); reading the Response back costs a clone and a stream read
    // (~0.1 ms a page) and turns node-server's string fast path into a ReadableStream.
    const body = c.get("body") ?? (await c.res.clone().text());
    const headers = [...c.res.headers.entries()];
    const modified = Date.parse(c.res.headers.get("Last-Modified") ?? "");
    cache.set(key, now, {
      body,
      headers,
      etag: c.res.headers.get("ETag"),
      // HTTP dates have whole seconds, as cacheHeaders() compares them.
      lastModified: Number.isNaN(modified) ? null : modified,
      bytes: body.length * 2 + ENTRY_OVERHEAD,
    });
  };
}
