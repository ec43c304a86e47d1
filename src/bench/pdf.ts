// `npm run bench`, PDF part (run by bench/parse.ts after the text pages, or alone): parsePdf (pdfjs text layer + layout analysis + stages 4–8) against bare pdfjs
// getTextContent over the same files in the same run, alternating, and where parsePdf's time goes.
// Prints figures only: nothing here passes or fails on time.
//   node dist/bench/pdf.js [FILE.pdf | DIR]… [--passes N] [--pages N]
// Without files: N dev-corpus pages spread over the corpus, printed as the quality gate prints them
// (seed 1, WenQuanYi Micro Hei), so after `npm test` they come from .cache/pdf/; missing ones are printed
// with chromium, and without chromium this part is skipped, saying why.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { corpusPath, loadCorpus, renderPdfHtml } from "../corpus/index.js";
import { CHROMIUM, printPdfsWithStats } from "../corpus/pdf/index.js";
import { openPdf, parsePdf } from "../ingest/pdf/index.js";
import { getDocument } from "../ingest/pdf/pdfjs.js";
import { layoutPdfPage } from "../layout/pdf/index.js";
import { parsePdfPage } from "../pipeline.js";
import { fixed, formatTable } from "./table.js";

interface Timing {
  pages: number;
  ms: number;
  /** Process CPU time over the same calls: less swayed by a busy machine than wall time. */
  cpuMs: number;
}

interface PdfFile {
  name: string;
  bytes: Uint8Array;
}

// pdfjs reads ~2 of these pages a CPU-second (it parses the embedded 5 MB font of every file), and each
// page is read 2 × passes + 1 times: 12 pages × 2 passes keep this part near 30 s on an idle 2-core machine.
const DEFAULT_PAGES = 12;
const DEFAULT_PASSES = 2;
const USAGE = "usage: node dist/bench/pdf.js [FILE.pdf | DIR]… [--passes N] [--pages N]";

/** Bare pdfjs: open, and getTextContent on every page; the yardstick. */
async function bare(bytes: Uint8Array): Promise<number> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    await page.getTextContent();
    page.cleanup();
  }
  const n = doc.numPages;
  await doc.destroy();
  return n;
}

async function full(bytes: Uint8Array, file: string): Promise<number> {
  let n = 0;
  for await (const r of parsePdf(bytes, { file })) if (r.ok) n++;
  return n;
}

/** parsePdf's time split: reading (pdfjs + runs + radicals), layout analysis, stages 4–8. */
async function breakdown(
  bytes: Uint8Array,
  file: string,
): Promise<{ read: number; layout: number; stages: number }> {
  const t0 = performance.now();
  const opened = await openPdf(bytes, file);
  if (!opened.ok) return { read: 0, layout: 0, stages: 0 };
  const reads = [];
  for (let i = 1; i <= opened.doc.numPages; i++) reads.push(await opened.doc.readPage(i));
  await opened.doc.close();
  const t1 = performance.now();
  for (const r of reads) layoutPdfPage(r);
  const t2 = performance.now();
  for (const r of reads) parsePdfPage(r, { file });
  const t3 = performance.now();
  // parsePdfPage lays the page out again: its own stages are what it took beyond the layout.
  return { read: t1 - t0, layout: t2 - t1, stages: Math.max(0, t3 - t2 - (t2 - t1)) };
}

function pdfFiles(paths: readonly string[]): PdfFile[] {
  return paths
    .flatMap((p) =>
      statSync(p).isDirectory()
        ? readdirSync(p)
            .filter((f) => f.endsWith(".pdf"))
            .sort()
            .map((f) => join(p, f))
        : [p],
    )
    .map((path) => ({ name: path, bytes: new Uint8Array(readFileSync(path)) }));
}

/** `count` corpus pages spread over the corpus (every k-th), as PDFs: cached, else printed. */
async function corpusPdfs(count: number): Promise<{ files: PdfFile[]; note: string } | { skip: string }> {
  const path = corpusPath();
  if (path === null)
    return { skip: "no dev corpus (../shared/corpus/rmrb-2019-2020-dev.jsonl or $BANMIAN_CORPUS)" };
  const corpus = loadCorpus(path);
  const step = Math.max(1, Math.floor(corpus.length / count));
  const pages = corpus.filter((_, i) => i % step === 0).slice(0, count);
  const docs = pages.map((page) => renderPdfHtml(page, { seed: 1, font: "wqy" }));
  try {
    const { pdfs, stats } = await printPdfsWithStats(docs);
    const printed =
      stats.printed === 0
        ? "all from .cache/pdf/"
        : `${stats.cached} from .cache/pdf/, ${stats.printed} printed in ${fixed(stats.seconds, 1)} s`;
    return {
      files: docs.map((d, i) => ({ name: d.file, bytes: pdfs[i] as Uint8Array })),
      note: `${docs.length} dev-corpus pages (every ${step}th, seed 1, WenQuanYi Micro Hei; ${printed})`,
    };
  } catch (error) {
    const why = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    return {
      skip: existsSync(CHROMIUM)
        ? `cannot print the corpus pages (${why})`
        : `the corpus pages are not in .cache/pdf/ (run npm test) and there is no chromium at ${CHROMIUM} to print them`,
    };
  }
}

export async function benchPdf(files: readonly PdfFile[], passes: number): Promise<string> {
  const bareT: Timing = { pages: 0, ms: 0, cpuMs: 0 };
  const fullT: Timing = { pages: 0, ms: 0, cpuMs: 0 };
  // A warm-up pass loads pdfjs's worker code and the JIT; then passes alternate the two orders.
  for (const f of files.slice(0, 2)) {
    await bare(f.bytes);
    await full(f.bytes, f.name);
  }
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (const f of files) {
      const order = pass % 2 === 0 ? ["bare", "full"] : ["full", "bare"];
      for (const which of order) {
        const c = process.cpuUsage();
        const t = performance.now();
        const n = which === "bare" ? await bare(f.bytes) : await full(f.bytes, f.name);
        const ms = performance.now() - t;
        const cpu = process.cpuUsage(c);
        const into = which === "bare" ? bareT : fullT;
        into.pages += n;
        into.ms += ms;
        into.cpuMs += (cpu.user + cpu.system) / 1000;
      }
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuPerWall = (cpu.user + cpu.system) / 1000 / (performance.now() - wall0);
  const split = { read: 0, layout: 0, stages: 0 };
  for (const f of files) {
    const b = await breakdown(f.bytes, f.name);
    split.read += b.read;
    split.layout += b.layout;
    split.stages += b.stages;
  }
  const pages = fullT.pages / passes;
  const total = split.read + split.layout + split.stages;
  const rate = (t: Timing) => (t.pages * 1000) / t.ms;
  const pct = (ms: number) => `${fixed((100 * ms) / total, 1)}%`;
  const perPage = (ms: number) => fixed(ms / pages, 1);
  const bareMs = bareT.ms / bareT.pages;
  return [
    `${files.length} PDF files, ${pages} pages, ${passes} timed passes alternating the order (one thread; pdfjs's fake worker in-process); ` +
      `CPU/wall ${cpuPerWall.toFixed(2)} (under 1.00: the machine took the core away)`,
    "",
    formatTable(
      ["run", "pages/s", "ms/page", "CPU ms/page"],
      [
        [
          "bare pdfjs getTextContent",
          fixed(rate(bareT), 2),
          fixed(bareMs, 1),
          fixed(bareT.cpuMs / bareT.pages, 1),
        ],
        [
          "parsePdf (text layer + layout + stages 4–8)",
          fixed(rate(fullT), 2),
          fixed(fullT.ms / fullT.pages, 1),
          fixed(fullT.cpuMs / fullT.pages, 1),
        ],
      ],
    ),
    "",
    `ratio parsePdf / bare pdfjs, same files, same run: ${fixed(fullT.ms / bareT.ms, 3)} by wall time, ` +
      `${fixed(fullT.cpuMs / bareT.cpuMs, 3)} by CPU time (target ≤ 1.3)`,
    "",
    formatTable(
      ["where parsePdf's time goes (one more pass, split)", "ms/page", "share"],
      [
        ["read: pdfjs open + getTextContent, runs, radicals", perPage(split.read), pct(split.read)],
        ["layout: lines, reading order (XY-cut), blocks", perPage(split.layout), pct(split.layout)],
        ["stages 4–8: roles, repair, segment, fields, account", perPage(split.stages), pct(split.stages)],
      ],
    ),
    "",
    "read is mostly pdfjs itself (bare pdfjs above); pdfjs's time goes into loading each file's embedded font,",
    "which Chromium embeds whole (WenQuanYi Micro Hei, ~5 MB) in every printed page.",
  ].join("\n");
}

export interface PdfBenchOptions {
  /** PDF files or folders of them; none: the dev-corpus pages. */
  paths: readonly string[];
  pages: number;
  passes: number;
}

export const PDF_BENCH_DEFAULTS: Readonly<PdfBenchOptions> = {
  paths: [],
  pages: DEFAULT_PAGES,
  passes: DEFAULT_PASSES,
};

/** Prints the PDF part of the benchmark, or why it was skipped. */
export async function runPdfBench(options: PdfBenchOptions): Promise<void> {
  console.log("\nPDF pages: parsePdf against bare pdfjs-dist text extraction of the same files");
  let files: PdfFile[];
  if (options.paths.length > 0) {
    files = pdfFiles(options.paths);
    console.log(`${files.length} PDF files given`);
  } else {
    const found = await corpusPdfs(options.pages);
    if ("skip" in found) {
      console.log(`skipped: ${found.skip}`);
      return;
    }
    files = found.files;
    console.log(found.note);
  }
  if (files.length === 0) console.log("no PDF files to read");
  else console.log(await benchPdf(files, options.passes));
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  let values: { passes?: string; pages?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { passes: { type: "string" }, pages: { type: "string" } },
    }));
  } catch (e) {
    console.error(`banmian bench pdf: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const count = (value: string | undefined, fallback: number, name: string): number | null => {
    if (value === undefined) return fallback;
    if (/^[1-9]\d*$/u.test(value)) return Number(value);
    console.error(`banmian bench pdf: --${name} must be a whole number ≥ 1\n${USAGE}`);
    return null;
  };
  const passes = count(values.passes, DEFAULT_PASSES, "passes");
  const pages = count(values.pages, DEFAULT_PAGES, "pages");
  if (passes === null || pages === null) return 2;
  await runPdfBench({ paths: positionals, pages, passes });
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
