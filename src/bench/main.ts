// `npm run bench`: the whole benchmark, each part in its own process so that each has its own memory figures.
// 1. parse and PDF speed (bench/parse.ts); 2. the archive's own ingest of N synthetic articles written as page
// files (bench/ingest.ts, default 1,000,000); 3. query latency on that same archive, beside a bare FTS5 query of
// the same expression (bench/search.ts --reuse). Then one table of the archive's targets, met or not.
// Prints figures only: nothing here fails on time.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { corpusPath } from "../corpus/index.js";
import type { IngestReport } from "./ingest.js";
import { wholeNumber } from "./options.js";
import type { SearchReport } from "./search.js";
import { TARGET_P95_MS } from "./search-timing.js";
import { fixed, formatTable, mib } from "./table.js";

const USAGE =
  "usage: npm run bench -- [--articles N (1000500)] [--queries N per class (200)] [--skip parse,archive]\n" +
  "                        [--dir DIR (page files, kept)] [--db FILE (kept)]";

/** The archive's targets (issue 3): at 1,000,000 articles or more, on two cores. */
const TARGETS = {
  articles: 1_000_000,
  articlesPerSecond: 2_000,
  p95Ms: TARGET_P95_MS,
  /** Memory is bounded when the second half of the ingest peaks at most this much above the first half. */
  rssGrowth: 0.1,
} as const;

// Synthetic articles written by default: the parser reads ~0.02 % of them as part of a neighbour (1,000,000 were
// stored as 999,848), so a few more are written for the archive to hold the target's million.
const DEFAULT_ARTICLES = 1_000_500;

const PARTS = ["parse", "archive"] as const;
type Part = (typeof PARTS)[number];

interface Options {
  articles: number;
  queries: number;
  skip: Set<Part>;
  dir: string | undefined;
  db: string | undefined;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: "string", default: String(DEFAULT_ARTICLES) },
      queries: { type: "string", default: "200" },
      skip: { type: "string", default: "" },
      dir: { type: "string" },
      db: { type: "string" },
    },
  });
  const skip = new Set<Part>();
  for (const name of values.skip.split(",").filter((s) => s !== "")) {
    if (!(PARTS as readonly string[]).includes(name))
      throw new Error(`--skip takes ${PARTS.join(", ")}; not ${JSON.stringify(name)}`);
    skip.add(name as Part);
  }
  return {
    articles: wholeNumber("articles", values.articles),
    queries: wholeNumber("queries", values.queries),
    skip,
    dir: values.dir,
    db: values.db,
  };
}

const here = dirname(fileURLToPath(import.meta.url));

/** Runs one part of the benchmark in a child node process, its output going straight to ours. */
function run(script: string, args: string[], nodeFlags: string[] = []): boolean {
  console.log(`\n=== ${script} ${args.join(" ")}\n`);
  const child = spawnSync(process.execPath, [...nodeFlags, join(here, script), ...args], {
    stdio: "inherit",
  });
  if (child.status === 0) return true;
  console.log(`\n=== ${script} failed: ${child.error?.message ?? `exit ${child.status ?? child.signal}`}`);
  return false;
}

function readReport<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch {
    return null;
  }
}

/** Flushes dirty pages to disk, so that the queries do not time the kernel's write-back of the load. */
function settle(): void {
  const t0 = performance.now();
  const done = spawnSync("sync", [], { stdio: "ignore" });
  if (done.status === 0)
    console.log(`\n(sync: ${fixed((performance.now() - t0) / 1000, 1)} s of write-back before the queries)`);
}

const verdict = (met: boolean) => (met ? "met" : "NOT met");

/** The archive's targets against what was measured. */
export function targetRows(ingest: IngestReport | null, search: SearchReport | null): string[][] {
  const rows: string[][] = [];
  if (ingest !== null) {
    rows.push([
      `ingest ≥ ${TARGETS.articlesPerSecond} articles/s`,
      `${fixed(ingest.articlesPerSecond, 0)} articles/s (${ingest.articles} articles in ${fixed(ingest.seconds, 1)} s, ` +
        `final merge included)`,
      verdict(ingest.articlesPerSecond >= TARGETS.articlesPerSecond),
    ]);
    const tenths = ingest.rssByTenth;
    const half = Math.ceil(tenths.length / 2);
    const [first, second] = [Math.max(...tenths.slice(0, half)), Math.max(...tenths.slice(half))];
    const growth = second / first - 1;
    rows.push([
      "memory bounded during ingest",
      tenths.length < 2
        ? "too few pages to tell"
        : `RSS by tenth ${tenths.map((b) => fixed(b / 2 ** 20, 0)).join(" ")} MiB; second half ${growth >= 0 ? "+" : ""}` +
          `${fixed(100 * growth, 1)} % on the first; peak ${mib(ingest.peakRss)}, heap ${mib(ingest.peakHeap)}`,
      tenths.length < 2 ? "–" : verdict(growth <= TARGETS.rssGrowth),
    ]);
    rows.push([
      "articles",
      `${ingest.articles} stored from ${ingest.pages} page files; ${fixed(ingest.pageBytes / ingest.articles, 0)} bytes ` +
        "of page text an article (UTF-8, ~3 a character)",
      "",
    ]);
    rows.push([
      "archive size",
      `${mib(ingest.archiveBytes)}, ${fixed(ingest.archiveBytes / ingest.articles, 0)} bytes an article`,
      "",
    ]);
  }
  for (const c of search?.classes ?? [])
    rows.push([
      `search p95 ≤ ${TARGETS.p95Ms} ms, ${c.kind}`,
      `p50/p95/p99 ${fixed(c.p50, 1)}/${fixed(c.p95, 1)}/${fixed(c.p99, 1)} ms; bare FTS5 count p95 ` +
        `${fixed(c.bareCountP95, 1)} ms (×${fixed(c.p95 / c.bareCountP95, 2)})`,
      verdict(c.p95 <= TARGETS.p95Ms),
    ]);
  return rows;
}

export function main(argv: string[] = process.argv.slice(2)): number {
  let options: Options;
  try {
    options = readOptions(argv);
  } catch (e) {
    console.error(`banmian bench: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  // The archive is built anew: a file already at --db would be overwritten, a folder at --dir that is not a tree of
  // page files this benchmark wrote (its complete.json) emptied. Neither is what "kept" promises.
  if (options.db !== undefined && existsSync(options.db)) {
    console.error(
      `banmian bench: --db ${options.db} exists; give a path where the benchmark may build a new archive`,
    );
    return 2;
  }
  if (
    options.dir !== undefined &&
    existsSync(options.dir) &&
    !existsSync(join(options.dir, "complete.json"))
  ) {
    console.error(`banmian bench: --dir ${options.dir} exists and holds no page files of this benchmark's`);
    return 2;
  }
  if (corpusPath() === null) {
    console.log("banmian bench: skipped: no dev corpus (../shared/corpus or $BANMIAN_CORPUS)");
    return 0;
  }
  const started = performance.now();
  const parsed = options.skip.has("parse") || run("parse.js", [], ["--expose-gc"]);
  if (options.skip.has("archive")) return parsed ? 0 : 1;

  const work = mkdtempSync(join(tmpdir(), "banmian-bench-"));
  // Ctrl-C or a kill reaches the child parts too; this process stays to remove its temporary files (GBs at 1M).
  const stay = () => console.log("\nbanmian bench: stopping; removing its temporary files");
  process.on("SIGINT", stay);
  process.on("SIGTERM", stay);
  const dir = options.dir ?? join(work, "pages");
  const db = options.db ?? join(work, "archive.db");
  const [ingestFile, searchFile] = [join(work, "ingest.json"), join(work, "search.json")];
  let ok = false;
  try {
    const common = ["--articles", String(options.articles), "--db", db];
    const ingested = run("ingest.js", [...common, "--dir", dir, "--keep", "--report", ingestFile]);
    let searched = false;
    if (ingested) {
      settle();
      const queries = ["--reuse", "--queries", String(options.queries), "--report", searchFile];
      searched = run("search.js", [...common, ...queries]);
    } else console.log("\n=== search.js: not run, the archive was not built");
    ok = parsed && ingested && searched;
    const ingest = readReport<IngestReport>(ingestFile);
    const search = readReport<SearchReport>(searchFile);
    const scale =
      ingest === null
        ? ""
        : ingest.articles >= TARGETS.articles
          ? ` at ${ingest.articles} articles`
          : ` at ${ingest.articles} articles: the targets are for ${TARGETS.articles} or more (--articles)`;
    console.log(`\n=== the archive's targets${scale}\n`);
    console.log(formatTable(["target", "measured", ""], targetRows(ingest, search), [0, 1, 2]));
    console.log(`\nbanmian bench: ${fixed((performance.now() - started) / 1000, 0)} s in all`);
  } finally {
    if (options.db === undefined) for (const p of [db, `${db}-wal`, `${db}-shm`]) rmSync(p, { force: true });
    if (options.dir === undefined) rmSync(dir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true, maxRetries: 2 });
    process.off("SIGINT", stay);
    process.off("SIGTERM", stay);
  }
  return ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main();
