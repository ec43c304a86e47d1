// `npm run bench:ingest`: the archive's own ingest, as `banmian ingest FOLDER` runs it. Writes N synthetic
// articles (default 1,000,000) as page text files, spliced from the dev corpus at run time (bench:serve's
// issues: 5 papers, 8 pages × 8 articles, each p1 lead story jumping to p2), then ingests the folder into a new
// archive: read, parse, link, store, index, merge. Prints articles/s by tenth and in all, CPU, memory and size.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { discover, ingestSources } from "../archive/index.js";
import { defaultThreads } from "../archive/parse-pool.js";
import { openArchive } from "../cli/archive-db.js";
import { DEFAULT_MAX_BYTES } from "../cli/read-page.js";
import { corpusPath, loadCorpus } from "../corpus/index.js";
import { MemoryPeak, maxRssBytes } from "./memory.js";
import { wholeNumber } from "./options.js";
import { sourceOf } from "./search-corpus.js";
import { synthIssues } from "./serve-archive.js";
import { fixed, formatTable, mib } from "./table.js";
import { mainThreadCpuSeconds } from "./thread-cpu.js";

const USAGE =
  "usage: npm run bench:ingest -- [--articles N (1000000)] [--threads N (reading threads; default: cores − 1)]\n" +
  "                               [--dir DIR (page files, kept; written when missing)] [--db FILE] [--keep: leave both]\n" +
  "                               [--report FILE: the figures as JSON, for npm run bench]";

interface Options {
  articles: number;
  threads: number | undefined;
  dir: string;
  db: string;
  /** Leave the archive and the page files. */
  keep: boolean;
  /** Leave the page files (--dir given, or --keep). */
  keepPages: boolean;
  /** Where to write the figures as JSON (IngestReport), if anywhere. */
  report: string | undefined;
}

/** bench:ingest's figures, as `--report FILE` writes them. */
export interface IngestReport {
  articles: number;
  pages: number;
  seconds: number;
  articlesPerSecond: number;
  mergeSeconds: number | null;
  /** Resident memory when each tenth of the pages was done, bytes: flat when memory is bounded. */
  rssByTenth: number[];
  peakRss: number;
  peakHeap: number;
  archiveBytes: number;
  /** The page files' text, UTF-8: what the articles weigh (a corpus article's text is ~1,200 characters). */
  pageBytes: number;
  failed: number;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: "string", default: "1000000" },
      threads: { type: "string" },
      dir: { type: "string" },
      db: { type: "string" },
      keep: { type: "boolean", default: false },
      report: { type: "string" },
    },
  });
  const articles = wholeNumber("articles", values.articles);
  const threads = values.threads === undefined ? undefined : wholeNumber("threads", values.threads, 0);
  return {
    articles,
    threads,
    dir: values.dir ?? join(tmpdir(), `banmian-bench-ingest-${articles}`),
    db: values.db ?? join(tmpdir(), `banmian-bench-ingest-${process.pid}.db`),
    keep: values.keep,
    keepPages: values.keep || values.dir !== undefined,
    report: values.report,
  };
}

/** The page files, as <paper>/<date>/pNN.txt; kept from an earlier run with the same count. */
function writePages(dir: string, articles: number): { pages: number; bytes: number; written: boolean } {
  const done = join(dir, "complete.json");
  try {
    const kept = JSON.parse(readFileSync(done, "utf8")) as { pages: number; bytes: number; articles: number };
    if (kept.articles === articles) return { ...kept, written: false };
  } catch {
    // not there yet
  }
  const path = corpusPath();
  if (path === null) throw new Error("no dev corpus");
  rmSync(dir, { recursive: true, force: true });
  let [pages, bytes] = [0, 0];
  for (const issue of synthIssues(sourceOf(loadCorpus(path)), articles)) {
    const folder = join(dir, issue.paper, issue.date);
    mkdirSync(folder, { recursive: true });
    for (const p of issue.pages) {
      writeFileSync(join(folder, `p${String(p.page).padStart(2, "0")}.txt`), p.raw);
      pages++;
      bytes += p.raw.byteLength;
    }
  }
  writeFileSync(done, JSON.stringify({ pages, bytes, articles }));
  return { pages, bytes, written: true };
}

function fileBytes(path: string): number {
  return [path, `${path}-wal`].reduce((sum, p) => {
    try {
      return sum + statSync(p).size;
    } catch {
      return sum;
    }
  }, 0);
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  let options: Options;
  try {
    options = readOptions(argv);
  } catch (e) {
    console.error(`banmian bench:ingest: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (corpusPath() === null) {
    console.log("banmian bench:ingest: skipped: no dev corpus (../shared/corpus or $BANMIAN_CORPUS)");
    return 0;
  }
  const w0 = performance.now();
  const tree = writePages(options.dir, options.articles);
  console.log(
    `banmian bench:ingest: ${options.articles} synthetic articles as ${tree.pages} page files (${mib(tree.bytes)}) in ` +
      `${options.dir}${tree.written ? `, written in ${fixed((performance.now() - w0) / 1000, 1)} s` : " (kept from before)"}`,
  );
  console.log(
    `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, load ${load()}`,
  );
  for (const p of [options.db, `${options.db}-wal`, `${options.db}-shm`]) rmSync(p, { force: true });
  const opened = openArchive(options.db, "write");
  if (!opened.ok) {
    console.error(`banmian bench:ingest: ${opened.error}`);
    return 1;
  }
  const store = opened.store;
  try {
    const found = discover([options.dir], process.cwd());
    const threads = options.threads ?? defaultThreads(found.sources.length);
    console.log(
      `archive ${options.db}, ${threads} reading thread${threads === 1 ? "" : "s"} beside the writer\n`,
    );
    const memory = new MemoryPeak();
    const cpu0 = process.cpuUsage();
    const main0 = mainThreadCpuSeconds();
    const t0 = performance.now();
    let [tenthAt, tenthDone, mergeAt] = [t0, 0, 0];
    const tenth = Math.max(1, Math.round(found.sources.length / 10));
    const rssByTenth: number[] = [];
    const summary = await ingestSources(store, found.sources, {
      maxBytes: DEFAULT_MAX_BYTES,
      threads,
      onPage: ({ done }) => {
        if (done % 64 === 0) memory.sample();
        if (done - tenthDone < tenth && done !== found.sources.length) return;
        const now = performance.now();
        rssByTenth.push(process.memoryUsage().rss);
        console.log(
          `  ${done} pages: ${fixed(((done - tenthDone) / (now - tenthAt)) * 1000, 0)} pages/s over the last ${done - tenthDone}, ` +
            `RSS ${mib(process.memoryUsage().rss)}, heap ${mib(process.memoryUsage().heapUsed)}, load ${load()}`,
        );
        [tenthAt, tenthDone] = [now, done];
      },
      onMerge: () => {
        mergeAt = performance.now();
      },
    });
    const t1 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const main1 = mainThreadCpuSeconds();
    memory.sample();
    const seconds = (t1 - t0) / 1000;
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const writer = main0 === null || main1 === null ? null : main1 - main0;
    store.db.pragma("wal_checkpoint(TRUNCATE)");
    const rows: [string, string][] = [
      ["pages", `${summary.pages.added} added, ${summary.pages.failed} failed`],
      ["articles", String(summary.articles)],
      ["links", String(summary.links)],
      ["wall, merge included", `${fixed(seconds, 1)} s`],
      ["ingest", `${fixed(summary.articles / seconds, 0)} articles/s`],
      ["final merge", mergeAt === 0 ? "none" : `${fixed((t1 - mergeAt) / 1000, 1)} s`],
      ["CPU, all threads", `${fixed(cpuSeconds, 1)} s (${fixed(cpuSeconds / seconds, 2)} of a core)`],
      [
        "reading threads busy",
        `${fixed(summary.readMs / 1000, 1)} s (${fixed(summary.readMs / 1000 / seconds / Math.max(1, threads), 2)} of their time)`,
      ],
      [
        "CPU, writer thread",
        writer === null
          ? "–"
          : `${fixed(writer, 1)} s (${fixed(summary.articles / writer, 0)} articles per CPU-s)`,
      ],
      ["peak RSS / heap sampled", `${mib(Math.max(memory.rss, maxRssBytes()))} / ${mib(memory.heapUsed)}`],
      [
        "archive size",
        `${mib(fileBytes(options.db))} (${fixed(fileBytes(options.db) / summary.articles, 0)} bytes an article)`,
      ],
    ];
    console.log(`\n${formatTable(["", `${threads} reading thread(s)`], rows)}`);
    console.log(`load after: ${load()}`);
    if (summary.failures.length > 0) console.log(`first failure: ${JSON.stringify(summary.failures[0])}`);
    if (options.report !== undefined) {
      const report: IngestReport = {
        articles: summary.articles,
        pages: summary.pages.added,
        seconds,
        articlesPerSecond: summary.articles / seconds,
        mergeSeconds: mergeAt === 0 ? null : (t1 - mergeAt) / 1000,
        rssByTenth,
        peakRss: Math.max(memory.rss, maxRssBytes()),
        peakHeap: memory.heapUsed,
        archiveBytes: fileBytes(options.db),
        pageBytes: tree.bytes,
        failed: summary.pages.failed,
      };
      writeFileSync(options.report, JSON.stringify(report));
    }
  } finally {
    await store.close();
    if (!options.keep)
      for (const p of [options.db, `${options.db}-wal`, `${options.db}-shm`]) rmSync(p, { force: true });
    if (!options.keepPages) rmSync(options.dir, { recursive: true, force: true });
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().then((code) => process.exit(code));
}
