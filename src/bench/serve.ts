// `npm run bench:serve`: the web reader under load. Serves an archive (an existing one with --db, e.g. 1M
// articles; else N synthetic articles built from the dev corpus, default 50,000) in a child process and drives
// it with autocannon at 50 connections: article pages and searches, HTML and JSON. Prints req/s and latency.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { openArchive } from "../cli/archive-db.js";
import { corpusPath, loadCorpus } from "../corpus/index.js";
import { mulberry32 } from "../corpus/random.js";
import { articleUrlOf } from "../serve/urls.js";
import { sourceOf } from "./search-corpus.js";
import { buildServeArchive } from "./serve-archive.js";
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
  requests: CannonRequest[];
}) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const TARGETS = { article: 20, search: 100 } as const;
// Each server process warms its own caches (SQLite pages, issue records, jieba's dictionary): long enough for
// every article URL of the sample to be asked a few times.
const WARM_UP_S = 5;
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
  const count = (name: string, value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
    return n;
  };
  return {
    db: values.db ?? join(tmpdir(), `banmian-bench-serve-${process.pid}.db`),
    articles: count("articles", values.articles),
    connections: count("connections", values.connections),
    duration: count("duration", values.duration),
    keep: values.keep || values.db !== undefined,
    workers: count("workers", values.workers),
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
  await buildServeArchive(opened.store, sourceOf(loadCorpus(corpus)), options.articles, (done) => {
    if (done >= next) {
      console.log(
        `  ${done} articles stored, ${fixed(done / ((performance.now() - t0) / 1000), 0)} articles/s`,
      );
      next += options.articles / 10;
    }
  });
  opened.store.db.pragma("wal_checkpoint(TRUNCATE)");
  await opened.store.close();
  console.log(`built in ${fixed((performance.now() - t0) / 1000, 1)} s\n`);
  return true;
}

/** Article URLs and search queries drawn from the archive itself, so every request names something real. */
function sample(db: string): { total: number; articles: string[]; queries: string[] } {
  const conn = new Database(db, { readonly: true });
  try {
    const total = conn.prepare<[], number>("SELECT COUNT(*) FROM articles").pluck().get() ?? 0;
    const rng = mulberry32(5);
    const maxRow = conn.prepare<[], number>("SELECT MAX(rowid) FROM articles").pluck().get() ?? 0;
    const byRow = conn.prepare<[number], { id: string; title: string | null }>(
      "SELECT id, title FROM articles WHERE rowid >= ? LIMIT 1",
    );
    const rows = Array.from({ length: 2000 }, () => byRow.get(rng.int(1, maxRow))).filter(
      (r) => r !== undefined,
    );
    const han = (text: string, n: number): string | null => {
      const runs = text.match(new RegExp(`[\\u3400-\\u9fff]{${n},}`, "gu")) ?? [];
      const run = runs.length > 0 ? rng.pick(runs) : null;
      if (run === null) return null;
      const at = rng.int(0, run.length - n);
      return run.slice(at, at + n);
    };
    // Readers' queries: two and four characters from headlines, and two words together.
    const queries = rows.slice(0, 300).flatMap((r) => {
      const t = r.title ?? "";
      return [han(t, 2), han(t, 4), [han(t, 2), han(t, 3)].filter(Boolean).join(" ")].filter(
        (q): q is string => q !== null && q !== "",
      );
    });
    return { total, articles: rows.map((r) => articleUrlOf(r.id) ?? "/"), queries };
  } finally {
    conn.close();
  }
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

function rotating(paths: readonly string[]): CannonRequest[] {
  let i = 0;
  return [
    { method: "GET", setupRequest: (request) => ({ ...request, path: paths[i++ % paths.length] ?? "/" }) },
  ];
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
  const { total, articles, queries } = sample(options.db);
  const { child, url } = await startServer(options.db, options.workers);
  try {
    const search = (json: boolean) =>
      queries.map((q) => `/search${json ? ".json" : ""}?q=${encodeURIComponent(q)}`);
    const endpoints: [string, string[], number][] = [
      ["article page (HTML)", articles, TARGETS.article],
      ["article (JSON)", articles.map((a) => `${a}.json`), TARGETS.article],
      ["search (HTML)", search(false), TARGETS.search],
      ["search (JSON)", search(true), TARGETS.search],
    ];
    const rows: (string | number)[][] = [];
    for (const [name, paths, target] of endpoints) {
      await autocannon({
        url,
        connections: options.connections,
        duration: WARM_UP_S,
        requests: rotating(paths),
      });
      const r = await autocannon({
        url,
        connections: options.connections,
        duration: options.duration,
        requests: rotating(paths),
      });
      const met = r.latency.p99 <= target ? "met" : "NOT met";
      rows.push([
        name,
        fixed(r.requests.average, 0),
        r.latency.p50,
        r.latency.p99,
        r.latency.max,
        r.non2xx + r.errors,
        `≤ ${target} ms: ${met}`,
      ]);
    }
    console.log(
      `${total} articles, ${options.workers} server process(es), ${options.connections} connections, ` +
        `${options.duration} s per endpoint after ${WARM_UP_S} s of warm-up; ${articles.length} article URLs and ${queries.length} queries in turn\n`,
    );
    console.log(
      formatTable(["endpoint", "req/s", "p50 ms", "p99 ms", "max ms", "errors", "p99 target"], rows),
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
