// `npm run bench:serve`: the web reader under load. Serves an archive (an existing one with --db, e.g. 1M
// articles; else N synthetic articles built from the dev corpus, default 50,000) in a child process and drives
// it with autocannon at 50 connections: article pages and searches, HTML and JSON. Prints req/s and latency.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { openArchive } from "../cli/archive-db.js";
import { corpusPath, loadCorpus } from "../corpus/index.js";
import { wholeNumber } from "./options.js";
import { sourceOf } from "./search-corpus.js";
import { buildServeArchive } from "./serve-archive.js";
import { type Pools, repeatShare, samplePools, zipfSequence } from "./serve-mix.js";
import { fixed, formatTable } from "./table.js";

// autocannon ships no types: what this script uses of it.
interface Histogram {
  average: number;
  p50: number;
  p99: number;
  max: number;
}
interface CannonRequest {
  method?: string;
  path?: string;
  setupRequest?: (request: CannonRequest) => CannonRequest;
}
interface CannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  amount?: number;
  requests: CannonRequest[];
}) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const TARGETS = { article: 20, search: 100 } as const;
// What readers ask for. Zipf: 10,000 articles and 1,000 queries, popular ones asked most, each asked a few
// times to warm the server up first (a server that has been up a while). Cold: every request a new one; a cold run
// stops after its pool or the duration (~1,000 article pages or ~100 searches a second at a million articles).
const POOLS = { articles: { zipf: 10_000, cold: 30_000 }, queries: { zipf: 1_000, cold: 3_000 } };
/** Length of a Zipf run's request sequence (taken in turn, repeated when a run outlasts it). */
const ZIPF_REQUESTS = 200_000;
// A Zipf run's warm-up asks each of its distinct paths three times, within this long: each server process
// keeps its own cache, and a path asked three times has reached both of two processes 3 times in 4.
const WARM_UP_PASSES = 3;
const WARM_UP_MAX_S = 60;
const USAGE =
  "usage: npm run bench:serve -- [--db FILE (an archive to serve; built when missing)] [--articles N (50000)]\n" +
  "                              [--connections N (50)] [--duration S per endpoint (10)] [--workers N (cores)] [--keep]";
const BIN = join(import.meta.dirname, "..", "..", "bin", "banmian.js");

interface Options {
  db: string;
  articles: number;
  connections: number;
  duration: number;
  keep: boolean;
  workers: number;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: "string" },
      articles: { type: "string", default: "50000" },
      connections: { type: "string", default: "50" },
      duration: { type: "string", default: "10" },
      keep: { type: "boolean", default: false },
      workers: { type: "string", default: String(cpus().length) },
    },
  });
  return {
    db: values.db ?? join(tmpdir(), `banmian-bench-serve-${process.pid}.db`),
    articles: wholeNumber("articles", values.articles),
    connections: wholeNumber("connections", values.connections),
    duration: wholeNumber("duration", values.duration),
    keep: values.keep || values.db !== undefined,
    workers: wholeNumber("workers", values.workers),
  };
}

async function build(options: Options): Promise<boolean> {
  const corpus = corpusPath();
  if (corpus === null) {
    console.log("banmian bench:serve: skipped: no archive at --db and no dev corpus to build one from");
    return false;
  }
  const opened = openArchive(options.db, "write");
  if (!opened.ok) throw new Error(opened.error);
  const t0 = performance.now();
  let next = options.articles / 10;
  // A bulk load into an empty archive: `banmian ingest` would defer the index's merging to the end (MERGE_AFTER).
  opened.store.deferSearchMerges();
  await buildServeArchive(opened.store, sourceOf(loadCorpus(corpus)), options.articles, (done) => {
    if (done >= next) {
      console.log(
        `  ${done} articles stored, ${fixed(done / ((performance.now() - t0) / 1000), 0)} articles/s`,
      );
      next += options.articles / 10;
    }
  });
  // A bulk load ends with the search index in one segment, as `banmian ingest` leaves a large load.
  const merging = performance.now();
  const steps = opened.store.mergeSearchIndex();
  console.log(`  search index merged in ${steps} steps, ${fixed((performance.now() - merging) / 1000, 1)} s`);
  opened.store.db.pragma("wal_checkpoint(TRUNCATE)");
  await opened.store.close();
  console.log(`built in ${fixed((performance.now() - t0) / 1000, 1)} s\n`);
  return true;
}

function startServer(db: string, workers: number): Promise<{ child: ChildProcess; url: string }> {
  const argv = [BIN, "serve", "--db", db, "--port", "0", "--setting", `workers=${workers}`];
  const child = spawn(process.execPath, argv, { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /(http:\/\/localhost:\d+)\//u.exec(out)?.[1];
      if (url) resolve({ child, url: url.replace("localhost", "127.0.0.1") });
    });
    child.on("exit", (code) => reject(new Error(`banmian serve exited with ${code}: ${out}`)));
  });
}

/** Requests taking the paths in turn (each connection the next one). */
function inTurn(paths: readonly string[]): CannonRequest[] {
  let i = 0;
  return [
    { method: "GET", setupRequest: (request) => ({ ...request, path: paths[i++ % paths.length] ?? "/" }) },
  ];
}

interface Run {
  name: string;
  mix: "zipf" | "cold";
  /** The distinct paths of the mix (a Zipf run's warm-up asks each once). */
  pool: string[];
  paths: string[];
  target: number;
}

/** The runs: per endpoint, a Zipf mix (after a warm-up on it) and a cold one, each path asked once. */
function runs(pools: Pools, requests: number): Run[] {
  const search = (json: boolean) => (q: string) => `/search${json ? ".json" : ""}?q=${encodeURIComponent(q)}`;
  const html = (a: string) => a;
  const json = (a: string) => `${a}.json`;
  const endpoints: [string, { zipf: string[]; cold: string[] }, (x: string) => string, number][] = [
    ["article page (HTML)", pools.articles, html, TARGETS.article],
    ["article (JSON)", pools.articles, json, TARGETS.article],
    ["search (HTML)", pools.queries, search(false), TARGETS.search],
    ["search (JSON)", pools.queries, search(true), TARGETS.search],
  ];
  return endpoints.flatMap(([name, pool, path, target], i) => [
    {
      name,
      mix: "zipf",
      pool: pool.zipf.map(path),
      paths: zipfSequence(pool.zipf, requests, i + 1).map(path),
      target,
    },
    // The JSON twin's cold run must not meet URLs the HTML run made warm: it takes the pool from the end.
    {
      name,
      mix: "cold",
      pool: [],
      paths: (i % 2 === 0 ? pool.cold : [...pool.cold].reverse()).map(path),
      target,
    },
  ]);
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  let options: Options;
  try {
    options = readOptions(argv);
  } catch (e) {
    console.error(`banmian bench:serve: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const reuse = existsSync(options.db);
  console.log(
    `banmian bench:serve: ${reuse ? `serving ${options.db}` : `building ${options.articles} articles into ${options.db}`}`,
  );
  console.log(
    `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}; server and load generator share the machine\n`,
  );
  if (!reuse && !(await build(options))) return 0;
  const pools = samplePools(options.db, POOLS);
  const { child, url } = await startServer(options.db, options.workers);
  try {
    const rows: (string | number)[][] = [];
    for (const run of runs(pools, ZIPF_REQUESTS)) {
      if (run.paths.length === 0) {
        rows.push([
          run.name,
          `${run.mix}: skipped, the archive gave no paths for it`,
          "",
          "",
          "",
          "",
          "",
          "",
          "",
        ]);
        continue;
      }
      if (run.mix === "zipf")
        await autocannon({
          url,
          connections: options.connections,
          duration: WARM_UP_MAX_S,
          amount: run.pool.length * WARM_UP_PASSES,
          requests: inTurn(run.pool),
        });
      // A cold run asks each path once at most: it stops after the pool or the duration, whichever comes first.
      const r = await autocannon({
        url,
        connections: options.connections,
        duration: options.duration,
        ...(run.mix === "cold" ? { amount: run.paths.length } : {}),
        requests: inTurn(run.paths),
      });
      const met = r.latency.p99 <= run.target ? "met" : "NOT met";
      rows.push([
        run.name,
        run.mix === "zipf"
          ? `Zipf, ${fixed(100 * repeatShare(run.paths), 0)} % repeats`
          : "cold, all distinct",
        fixed(r.requests.average, 0),
        r.latency.p50,
        r.latency.p99,
        r.latency.max,
        r.non2xx + r.errors,
        `≤ ${run.target} ms: ${met}`,
        loadavg()[0]?.toFixed(1) ?? "",
      ]);
    }
    console.log(
      `${pools.total} articles, ${options.workers} server process(es), ${options.connections} connections, ` +
        `up to ${options.duration} s per run; Zipf runs over ${pools.articles.zipf.length} article URLs / ` +
        `${pools.queries.zipf.length} queries, after a warm-up asking each ${WARM_UP_PASSES} times; cold runs over another ` +
        `${pools.articles.cold.length} / ${pools.queries.cold.length}, each asked once\n`,
    );
    console.log(
      formatTable(
        ["endpoint", "mix", "req/s", "p50 ms", "p99 ms", "max ms", "errors", "p99 target", "load"],
        rows,
      ),
    );
  } finally {
    child.kill("SIGTERM");
    if (!options.keep)
      for (const p of [options.db, `${options.db}-wal`, `${options.db}-shm`]) rmSync(p, { force: true });
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().then((code) => process.exit(code));
}
