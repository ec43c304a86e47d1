// `npm run bench:search`: builds a search index of N synthetic articles (default 1,000,000) spliced from the
// dev corpus at run time, then times queries of four classes against the full search (total, facets, ranked
// hits, snippets) and against a bare FTS5 MATCH of the same bigram phrases. Prints figures; passes nothing.
import { existsSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { corpusPath, loadCorpus } from "../corpus/index.js";
import { dictionaryLoads } from "../search/index.js";
import { segmenter } from "../search/words.js";
import { archiveSearchIndex } from "../store/index.js";
import { PAGE_BYTES } from "../store/sqlite/open.js";
import { wholeNumber } from "./options.js";
import { sourceOf } from "./search-corpus.js";
import { ingestYardstick, timeIngest } from "./search-ingest.js";
import { type ClassFigures, timeQueries } from "./search-timing.js";
import { fixed, mib } from "./table.js";

interface Options {
  articles: number;
  batch: number;
  queries: number;
  db: string;
  reuse: boolean;
  keep: boolean;
  rankWindow: number | undefined;
  workers: number;
  /** Where to write the figures as JSON (SearchReport), if anywhere. */
  report: string | undefined;
}

/** bench:search's figures, as `--report FILE` writes them. */
export interface SearchReport {
  /** Documents in the index the queries ran against. */
  documents: number;
  databaseBytes: number;
  classes: ClassFigures[];
}

const USAGE =
  "usage: npm run bench:search -- [--articles N (1000000)] [--batch N (8000)] [--queries N per class (200)]\n" +
  "                               [--db FILE] [--reuse: query an existing FILE] [--keep: leave FILE]\n" +
  "                               [--rank-window N: BM25 ranks at most the N newest candidates (2000)]\n" +
  "                               [--workers N: threads preparing articles while one writes (cores − 1; 0: none)]\n" +
  "                               [--report FILE: the figures as JSON, for npm run bench]";
// Ten years of issues: at 1M articles, ~270 a day over 5 papers × 16 pages.
const DAYS = 3650;

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: "string", default: "1000000" },
      batch: { type: "string", default: "8000" },
      queries: { type: "string", default: "200" },
      db: { type: "string" },
      reuse: { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      "rank-window": { type: "string" },
      workers: { type: "string", default: String(Math.max(1, cpus().length - 1)) },
      report: { type: "string" },
    },
  });
  return {
    articles: wholeNumber("articles", values.articles),
    batch: wholeNumber("batch", values.batch),
    queries: wholeNumber("queries", values.queries),
    db: values.db ?? join(tmpdir(), `banmian-bench-search-${process.pid}.db`),
    reuse: values.reuse,
    keep: values.keep || values.reuse,
    rankWindow:
      values["rank-window"] === undefined ? undefined : wholeNumber("rank-window", values["rank-window"]),
    workers:
      Number(values.workers) >= 0 && Number.isInteger(Number(values.workers)) ? Number(values.workers) : 1,
    report: values.report,
  };
}

/** The connection settings the benchmark measures with (and recommends to the archive): see the report. */
function open(path: string): Database.Database {
  const db = new Database(path);
  db.pragma(`page_size = ${PAGE_BYTES}`);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("cache_size = -131072"); // 128 MiB: FTS5 segment merges re-read what they just wrote
  db.pragma("mmap_size = 8589934592");
  db.pragma("wal_autocheckpoint = 10000"); // 40 MB of WAL between checkpoints instead of 4 MB
  return db;
}

function fileBytes(path: string): number {
  return [path, `${path}-wal`].reduce((sum, p) => sum + (existsSync(p) ? statSync(p).size : 0), 0);
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  let options: Options;
  try {
    options = readOptions(argv);
  } catch (e) {
    console.error(`banmian bench:search: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const path = corpusPath();
  if (path === null) {
    console.log("banmian bench:search: skipped: no dev corpus (../shared/corpus or $BANMIAN_CORPUS)");
    return 0;
  }
  const source = sourceOf(loadCorpus(path));
  const reusing = options.reuse && existsSync(options.db);
  console.log(
    reusing
      ? `banmian bench:search: ${options.queries} queries per class from ${source.paragraphs.length} corpus ` +
          `paragraphs against the archive in ${options.db}`
      : `banmian bench:search: ${options.articles} articles from ${source.paragraphs.length} corpus paragraphs, ` +
          `batches of ${options.batch}, ${options.queries} queries per class; db ${options.db}`,
  );
  console.log(
    `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}\n`,
  );
  if (!reusing)
    for (const p of [options.db, `${options.db}-wal`, `${options.db}-shm`]) rmSync(p, { force: true });
  const db = open(options.db);
  try {
    // No cache of recent searches: every timed query does all its work, as a new query would.
    const tuning = options.rankWindow === undefined ? {} : { rankWindow: options.rankWindow };
    const index = archiveSearchIndex(db, { recentSearches: 0, ...tuning });
    const t0 = performance.now();
    segmenter();
    console.log(`jieba dictionary: loaded in ${fixed(performance.now() - t0, 0)} ms`);
    if (!reusing) {
      await timeIngest(index, source, options.articles, {
        batch: options.batch,
        days: DAYS,
        workers: options.workers,
      });
      ingestYardstick(source, options.batch, DAYS, `${options.db}.yardstick`, open);
    }
    db.pragma("wal_checkpoint(TRUNCATE)");
    console.log(`database size: ${mib(fileBytes(options.db))} (${fileBytes(options.db)} bytes)\n`);
    console.log(
      `queries, load before: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
    const classes = timeQueries(db, index, source, options.queries);
    console.log(
      `load after: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
    console.log(`\njieba dictionary loads in this process: ${dictionaryLoads()} (expected 1)`);
    if (options.report !== undefined) {
      const row = db.prepare("SELECT count(*) AS n FROM search_doc").get() as { n: number };
      const report: SearchReport = { documents: row.n, databaseBytes: fileBytes(options.db), classes };
      writeFileSync(options.report, JSON.stringify(report));
    }
  } finally {
    db.close();
    if (!options.keep)
      for (const p of [options.db, `${options.db}-wal`, `${options.db}-shm`]) rmSync(p, { force: true });
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().then((code) => process.exit(code));
}
