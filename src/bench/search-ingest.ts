// Ingest throughput for the search benchmark: SearchIndex.upsert in batches (one transaction each), reported
// per tenth with memory; then a yardstick: the same articles' bigram text alone into a bare FTS5 table.
import { rmSync } from "node:fs";
import type Database from "better-sqlite3";
import { fold } from "../search/fold.js";
import type { SearchDoc, SearchIndex } from "../search/index.js";
import { bigramText } from "../search/tokens.js";
import { MemoryPeak, maxRssBytes } from "./memory.js";
import { type Source, synthesize } from "./search-corpus.js";
import { fixed, mib } from "./table.js";

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

export function timeIngest(
  index: SearchIndex,
  source: Source,
  count: number,
  batch: number,
  days: number,
): void {
  const memory = new MemoryPeak();
  const cpu0 = process.cpuUsage();
  let [done, ms, chars, tenthMs, tenthDone] = [0, 0, 0, 0, 0];
  for (const docs of batches(synthesize(source, count, days), batch)) {
    const t0 = performance.now();
    index.upsert(docs);
    const dt = performance.now() - t0;
    [ms, tenthMs] = [ms + dt, tenthMs + dt];
    done += docs.length;
    chars += docs.reduce((sum, d) => sum + d.title.length + d.body.length, 0);
    memory.sample();
    if (done - tenthDone >= count / 10 || done === count) {
      const rate = ((done - tenthDone) / tenthMs) * 1000;
      console.log(
        `  ${done} articles: ${fixed(rate, 0)} articles/s over the last ${done - tenthDone}, RSS ${mib(memory.rss)}`,
      );
      [tenthMs, tenthDone] = [0, done];
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const rate = (done / ms) * 1000;
  const met = rate >= TARGET_INGEST ? "met" : "NOT met";
  console.log(
    `ingest: ${done} articles (${fixed(chars / done, 0)} characters each on average) in ${fixed(ms / 1000, 1)} s: ` +
      `${fixed(rate, 0)} articles/s (target ≥ ${TARGET_INGEST}: ${met}); CPU/wall ${fixed((cpu.user + cpu.system) / 1000 / ms, 2)}`,
  );
  console.log(
    `memory while indexing: peak RSS ${mib(maxRssBytes())} (counts database pages mapped by mmap_size), ` +
      `peak heap used ${mib(memory.heapUsed)}`,
  );
}

/** The engine's ceiling: pre-made bigram text of the same articles into a bare contentless FTS5 table. */
export function ingestYardstick(
  source: Source,
  batch: number,
  days: number,
  path: string,
  open: (p: string) => Database.Database,
): void {
  const count = YARDSTICK_ARTICLES;
  const rows = [...synthesize(source, count, days)].map((d) => [
    bigramText(fold(d.title)),
    bigramText(fold(d.body)),
  ]);
  const db = open(path);
  try {
    db.exec("CREATE VIRTUAL TABLE bare USING fts5(h, b, content = '', tokenize = 'ascii')");
    const insert = db.prepare("INSERT INTO bare (rowid, h, b) VALUES (?, ?, ?)");
    const write = db.transaction((from: number) => {
      rows.slice(from, from + batch).forEach(([h, b], i) => {
        insert.run(from + i + 1, h, b);
      });
    });
    const t0 = performance.now();
    for (let from = 0; from < count; from += batch) write(from);
    const rate = (count / (performance.now() - t0)) * 1000;
    console.log(
      `yardstick: bigram text alone into a bare FTS5 table, first ${count} articles: ${fixed(rate, 0)} articles/s`,
    );
  } finally {
    db.close();
    for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true });
  }
}
