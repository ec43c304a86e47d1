// Ingest throughput for the search benchmark: the index's upsert in batches (one transaction each), reported
// per tenth with memory and load; then a yardstick: the same articles' token text alone into a bare FTS5 table.
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import type Database from "better-sqlite3";
import type { SearchDoc } from "../search/index.js";
import { type PreparedDoc, prepareDoc } from "../search/prepare.js";
import { PreparePool } from "../search/prepare-pool.js";
import { ftsSettings } from "../search/schema.js";
import type { SqliteSearchIndex } from "../search/sqlite.js";
import { cutWords, segmenter } from "../search/words.js";
import { MemoryPeak, maxRssBytes } from "./memory.js";
import { type Source, synthesize } from "./search-corpus.js";
import { fixed, mib } from "./table.js";
import { mainThreadCpuSeconds } from "./thread-cpu.js";

const TARGET_INGEST = 2000;
/** Articles in the yardstick run: enough for several segment merges, small enough to take seconds. */
const YARDSTICK_ARTICLES = 20_000;

function* batches(docs: Iterator<SearchDoc>, size: number): Generator<SearchDoc[]> {
  for (;;) {
    const batch: SearchDoc[] = [];
    for (let r = docs.next(); !r.done; r = docs.next()) {
      batch.push(r.value);
      if (batch.length === size) break;
    }
    if (batch.length === 0) return;
    yield batch;
  }
}

/**
 * Ingest through the index's own path: each batch prepared (folding, tokens, jieba, hash) by a PreparePool of
 * `workers` threads while the previous batch is written in one transaction by this thread, as a bulk load on
 * 2 cores would. Timed over the whole loop, the bench's own making of synthetic articles excepted.
 */
export async function timeIngest(
  index: SqliteSearchIndex,
  source: Source,
  count: number,
  options: { batch: number; days: number; workers: number },
): Promise<void> {
  const memory = new MemoryPeak();
  const pool = new PreparePool(options.workers);
  const cpu0 = process.cpuUsage();
  const writer0 = mainThreadCpuSeconds();
  const t0 = performance.now();
  let [done, chars, making, tenthAt, tenthMaking, tenthDone] = [0, 0, 0, t0, 0, 0];
  const next = batches(synthesize(source, count, options.days), options.batch);
  // A bulk load that ends with merge() defers FTS5's merging until then, as `banmian ingest` does once a run is
  // sure to end with one (src/archive/ingest.ts, MERGE_AFTER).
  index.deferMerges();
  const make = (): Promise<PreparedDoc[]> | null => {
    const m0 = performance.now();
    const r = next.next();
    making += performance.now() - m0;
    return r.done ? null : pool.prepare(r.value);
  };
  try {
    for (let pending = make(); pending !== null; ) {
      const docs = await pending;
      pending = make(); // prepared in a worker while this batch is written
      index.upsertPrepared(docs);
      done += docs.length;
      chars += docs.reduce((sum, d) => sum + d.doc.title.length + d.doc.body.length, 0);
      memory.sample();
      if (done - tenthDone >= count / 10 || done === count) {
        const ms = performance.now() - tenthAt - (making - tenthMaking);
        console.log(
          `  ${done} articles: ${fixed(((done - tenthDone) / ms) * 1000, 0)} articles/s over the last ${done - tenthDone}, ` +
            `RSS ${mib(memory.rss)}, load ${loadavg()[0]?.toFixed(1)}`,
        );
        [tenthAt, tenthMaking, tenthDone] = [performance.now(), making, done];
      }
    }
  } finally {
    await pool.close();
  }
  // A bulk load ends merging the index into one segment (SearchWriter.merge): broad queries then read one doclist
  // per token. Its time counts as ingest time.
  const m0 = performance.now();
  const mergeCpu0 = mainThreadCpuSeconds();
  const steps = index.merge();
  const mergeCpu = (mainThreadCpuSeconds() ?? 0) - (mergeCpu0 ?? 0);
  console.log(
    `  merged into one segment: ${steps} steps, ${fixed((performance.now() - m0) / 1000, 1)} s, ` +
      `${fixed(mergeCpu, 1)} CPU s, load ${loadavg()[0]?.toFixed(1)}`,
  );
  const ms = performance.now() - t0 - making;
  const cpu = process.cpuUsage(cpu0);
  const writer1 = mainThreadCpuSeconds();
  const rate = (done / ms) * 1000;
  const met = rate >= TARGET_INGEST ? "met" : "NOT met";
  const threads = pool.threaded ? `${options.workers} preparing thread(s) and the writer` : "one thread";
  console.log(
    `ingest: ${done} articles (${fixed(chars / done, 0)} characters each on average) in ${fixed(ms / 1000, 1)} s ` +
      `on ${threads}: ${fixed(rate, 0)} articles/s (target ≥ ${TARGET_INGEST}: ${met}); ` +
      `process CPU/wall ${fixed((cpu.user + cpu.system) / 1000 / (performance.now() - t0), 2)}; ` +
      `making the synthetic articles (${fixed(making / 1000, 1)} s) not counted`,
  );
  if (writer0 !== null && writer1 !== null)
    console.log(
      `writer thread: ${fixed(writer1 - writer0, 1)} CPU s, ${fixed(done / (writer1 - writer0), 0)} articles per ` +
        `CPU second (the rate with a core of its own, if the preparing threads keep up; making articles included)`,
    );
  console.log(
    `memory while indexing: peak RSS ${mib(maxRssBytes())} (counts database pages mapped by mmap_size), ` +
      `peak heap used ${mib(memory.heapUsed)}`,
  );
}

/** The engine's ceiling: the same articles' token text, made beforehand, into a bare FTS5 table like the index's. */
export function ingestYardstick(
  source: Source,
  batch: number,
  days: number,
  path: string,
  open: (p: string) => Database.Database,
): void {
  const count = YARDSTICK_ARTICLES;
  const jieba = segmenter();
  const rows = [...synthesize(source, count, days)].map(
    (d) => prepareDoc(d, (t) => cutWords(jieba, t)).tokens,
  );
  const db = open(path);
  try {
    db.exec(
      "CREATE VIRTUAL TABLE bare USING fts5(t, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii')",
    );
    // The index's own hash and leaf sizes, FTS5's merging as it comes.
    const set = db.prepare("INSERT INTO bare (bare, rank) VALUES (?, ?)");
    const pageBytes = db.pragma("page_size", { simple: true }) as number;
    for (const [name, value] of ftsSettings(pageBytes))
      if (name === "hashsize" || name === "pgsz") set.run(name, BigInt(value));
    const insert = db.prepare("INSERT INTO bare (rowid, t) VALUES (?, ?)");
    const write = db.transaction((from: number) => {
      rows.slice(from, from + batch).forEach((t, i) => {
        insert.run(from + i + 1, t);
      });
    });
    const t0 = performance.now();
    for (let from = 0; from < count; from += batch) write(from);
    const rate = (count / (performance.now() - t0)) * 1000;
    console.log(
      `yardstick: the token text alone into a bare FTS5 table, first ${count} articles: ${fixed(rate, 0)} articles/s`,
    );
  } finally {
    db.close();
    for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true });
  }
}
