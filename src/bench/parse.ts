// `npm run bench:parse` (the first part of `npm run bench`): parseText speed on the rendered dev corpus (3 layouts × several seeds), one thread,
// beside a trivial split-and-regex pass over the same texts as a same-run yardstick; then one huge page;
// then PDF pages, parsePdf beside bare pdfjs text extraction of the same files (bench/pdf.ts).
// Prints figures only: nothing here passes or fails on time.
import { cpus } from "node:os";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import {
  type CorpusPage,
  corpusPath,
  LAYOUTS,
  type Layout,
  loadCorpus,
  renderCorpus,
} from "../corpus/index.js";
import { parseText } from "../pipeline.js";
import { collect, MemoryPeak, maxRssBytes } from "./memory.js";
import { PDF_BENCH_DEFAULTS, runPdfBench } from "./pdf.js";
import { type Summary, summarize } from "./stats.js";
import { fixed, formatTable, mib } from "./table.js";

interface Options {
  passes: number;
  seeds: number;
  largeMb: number;
  /** Dev-corpus pages printed as PDF for the PDF part; 0 skips it. */
  pdfPages: number;
}

interface Sample {
  layout: Layout;
  file: string;
  text: string;
  bytes: number;
}

interface Timings {
  /** Per page per pass, pass-major: [pass * pages + page]. */
  parseMs: Float64Array;
  scanMs: Float64Array;
  memory: MemoryPeak;
  /** Process CPU time spent in the parser loops, ms: less swayed by a busy machine than wall time. */
  parseCpuMs: number;
  cpuPerWall: number;
  checksum: number;
}

// 4 seeds × 3 layouts × 96 corpus pages = 1,152 pages a pass, the ≥ 1,000 the brief asks for.
const DEFAULTS: Options = { passes: 5, seeds: 4, largeMb: 50, pdfPages: PDF_BENCH_DEFAULTS.pages };
// Memory is sampled between pages (outside the timed calls), every this many pages.
const SAMPLE_EVERY = 16;
const TARGET_PAGES_PER_SECOND = 500;
const USAGE =
  "usage: npm run bench:parse -- [--passes N] [--seeds N] [--large-mb N (0: skip)] [--pdf-pages N (0: skip)]";

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  let options: Options;
  try {
    options = readOptions(argv);
  } catch (e) {
    console.error(`banmian bench:parse: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const path = corpusPath();
  if (path === null) {
    console.log(
      "banmian bench:parse: skipped: no dev corpus (../shared/corpus/rmrb-2019-2020-dev.jsonl or $BANMIAN_CORPUS)",
    );
    return 0;
  }
  // 1. Render every corpus page in every layout, once per seed.
  const corpus = loadCorpus(path);
  const samples = render(corpus, options.seeds);
  printSetup(samples, corpus.length, options);
  // 2. Warm-up: JIT both passes; the parser's own error messages are counted as a correctness aside.
  const warm = warmUp(samples);
  // 3. Timed passes.
  const timings = timePasses(samples, options.passes);
  const peakRss = maxRssBytes();
  // 4. The figures, per layout and overall.
  printReport(samples, timings, options.passes, peakRss, warm);
  // 5. One huge page: catches a stage that is quadratic in the page's length.
  if (options.largeMb > 0) largeInput(samples, options.largeMb);
  // 6. PDF pages: what layout analysis and stages 4–8 add to pdfjs's own text extraction.
  if (options.pdfPages > 0) await runPdfBench({ ...PDF_BENCH_DEFAULTS, pages: options.pdfPages });
  return 0;
}

const CJK_RUN = /[\u3400-\u9fff]+/g;

/** The yardstick: what any pass over the text costs at least (split into lines, scan each with a regex). */
export function trivialScan(text: string): number {
  let runs = 0;
  for (const line of text.split("\n")) {
    CJK_RUN.lastIndex = 0;
    while (CJK_RUN.exec(line) !== null) runs++;
  }
  return runs;
}

function render(corpus: readonly CorpusPage[], seeds: number): Sample[] {
  const samples: Sample[] = [];
  for (let seed = 1; seed <= seeds; seed++)
    for (const layout of LAYOUTS)
      for (const r of renderCorpus(corpus, layout, seed))
        samples.push({ layout, file: r.file, text: r.text, bytes: Buffer.byteLength(r.text) });
  return samples;
}

function warmUp(samples: readonly Sample[]): { articles: number; errorPages: number } {
  let articles = 0;
  let errorPages = 0;
  for (const s of samples) {
    trivialScan(s.text);
    const page = parseText(s.text, { file: s.file });
    articles += page.articles.length;
    if (page.messages.some((m) => m.level === "error")) errorPages++;
  }
  return { articles, errorPages };
}

/** Yardstick then parser in each pass, so machine noise hits both alike; a full GC before each loop. */
function timePasses(samples: readonly Sample[], passes: number): Timings {
  const n = samples.length;
  const parseMs = new Float64Array(passes * n);
  const scanMs = new Float64Array(passes * n);
  const memory = new MemoryPeak();
  let checksum = 0;
  let parseCpuMs = 0;
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let pass = 0; pass < passes; pass++) {
    collect();
    samples.forEach((s, i) => {
      const t0 = performance.now();
      checksum += trivialScan(s.text);
      scanMs[pass * n + i] = performance.now() - t0;
    });
    collect();
    const parseCpu0 = process.cpuUsage();
    samples.forEach((s, i) => {
      const t0 = performance.now();
      checksum += parseText(s.text, { file: s.file }).articles.length;
      parseMs[pass * n + i] = performance.now() - t0;
      if (i % SAMPLE_EVERY === 0) memory.sample();
    });
    const parseCpu = process.cpuUsage(parseCpu0);
    parseCpuMs += (parseCpu.user + parseCpu.system) / 1000;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuPerWall = (cpu.user + cpu.system) / 1000 / (performance.now() - wall0);
  memory.sample();
  return { parseMs, scanMs, memory, parseCpuMs, cpuPerWall, checksum };
}

function printSetup(samples: readonly Sample[], corpusPages: number, options: Options): void {
  const mb = samples.reduce((sum, s) => sum + s.bytes, 0) / 1e6;
  console.log(
    `banmian bench: parseText over ${samples.length} pages a pass (${corpusPages} corpus pages × ` +
      `${LAYOUTS.length} layouts × ${options.seeds} seeds, ${mb.toFixed(1)} MB UTF-8), ` +
      `1 warm-up + ${options.passes} timed passes, one thread`,
  );
  console.log(
    `node ${process.version} ${process.platform}-${process.arch}, ${cpus()[0]?.model ?? "unknown CPU"}, ` +
      `full GC before each timed loop: ${"gc" in globalThis ? "yes" : "no (run node with --expose-gc)"}\n`,
  );
}

function printReport(
  samples: readonly Sample[],
  t: Timings,
  passes: number,
  peakRss: number,
  warm: { articles: number; errorPages: number },
): void {
  const n = samples.length;
  const rows = [...LAYOUTS, "all" as const].map((layout) => {
    const picked = samples.flatMap((s, i) => (layout === "all" || s.layout === layout ? [i] : []));
    const each = (ms: Float64Array) =>
      Array.from({ length: passes }, (_, pass) => picked.map((i) => ms[pass * n + i] as number)).flat();
    const bytes = picked.reduce((sum, i) => sum + (samples[i] as Sample).bytes, 0) * passes;
    return { layout, parse: summarize(each(t.parseMs), bytes), scan: summarize(each(t.scanMs), bytes) };
  });
  const header = ["layout", "pages", "MB", "pages/s", "MB/s", "mean ms", "p50 ms", "p95 ms", "p99 ms"];
  console.log(
    formatTable(
      [...header, "max ms", "scan pages/s", "× scan"],
      rows.map(({ layout, parse, scan }) => row(layout, parse, scan, passes)),
    ),
  );
  const all = rows.at(-1)?.parse as Summary;
  const met = all.pagesPerSecond >= TARGET_PAGES_PER_SECOND ? "met" : "NOT met";
  console.log(
    `\ntarget ≥ ${TARGET_PAGES_PER_SECOND} pages/s on one core: ${fixed(all.pagesPerSecond, 0)} pages/s (${met})`,
  );
  console.log(
    `by CPU time: ${fixed((n * passes) / (t.parseCpuMs / 1000), 0)} pages per CPU-second; ` +
      `CPU/wall over the timed passes ${t.cpuPerWall.toFixed(2)} ` +
      "(over 1.00: V8's GC and compiler threads helped; under: the machine took the core away)",
  );
  console.log(
    `memory during the passes: peak RSS ${mib(peakRss)}, peak heap used ${mib(t.memory.heapUsed)} ` +
      `(heap sampled every ${SAMPLE_EVERY} pages)`,
  );
  console.log(
    `warm-up pass: ${warm.articles} articles; ${warm.errorPages} of ${n} pages carry error messages ` +
      `(checksum ${t.checksum})`,
  );
}

function row(layout: string, parse: Summary, scan: Summary, passes: number): string[] {
  return [
    layout,
    String(parse.pages / passes),
    (parse.bytes / passes / 1e6).toFixed(1),
    fixed(parse.pagesPerSecond, 0),
    fixed(parse.mbPerSecond, 2),
    fixed(parse.meanMs, 2),
    fixed(parse.p50Ms, 2),
    fixed(parse.p95Ms, 2),
    fixed(parse.p99Ms, 2),
    fixed(parse.maxMs, 1),
    fixed(scan.pagesPerSecond, 0),
    fixed(parse.totalMs / scan.totalMs, 0),
  ];
}

function largeInput(samples: readonly Sample[], mb: number): void {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 1e6; i++) {
    const s = samples[i % samples.length] as Sample;
    parts.push(s.text);
    bytes += s.bytes + 1;
  }
  const text = parts.join("\n");
  collect();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const page = parseText(text, { file: "large.txt" });
  const seconds = (performance.now() - t0) / 1000;
  const after = process.memoryUsage().heapUsed;
  console.log(
    `\nlarge input: one ${(bytes / 1e6).toFixed(1)} MB page (${parts.length} renderings joined), parsed once: ` +
      `${seconds.toFixed(2)} s (${(bytes / 1e6 / seconds).toFixed(2)} MB/s), ${page.articles.length} articles, ` +
      `${page.messages.length} messages; heap used ${mib(before)} before, ${mib(after)} after ` +
      `(input and result live); peak RSS of the process ${mib(maxRssBytes())}`,
  );
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      passes: { type: "string" },
      seeds: { type: "string" },
      "large-mb": { type: "string" },
      "pdf-pages": { type: "string" },
    },
  });
  const count = (value: string | undefined, fallback: number, min: number, name: string): number => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!/^\d+$/u.test(value) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
    return n;
  };
  return {
    passes: count(values.passes, DEFAULTS.passes, 1, "passes"),
    seeds: count(values.seeds, DEFAULTS.seeds, 1, "seeds"),
    largeMb: count(values["large-mb"], DEFAULTS.largeMb, 0, "large-mb"),
    pdfPages: count(values["pdf-pages"], DEFAULTS.pdfPages, 0, "pdf-pages"),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
