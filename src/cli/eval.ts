// `banmian eval GOLD PRED` scores predicted pages against gold pages per field; `banmian eval --corpus`
// renders the dev corpus, parses every rendering and scores that (`--layout pdf`: prints the pages as
// PDF with chromium and parses those). The scoring is src/eval.
// Exit codes: 0 scored (and every --min/--max gate held), 1 a gate failed, 2 bad usage or unreadable input.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  type CorpusPage,
  corpusPath,
  LAYOUTS,
  loadCorpus,
  type PdfFont,
  renderPdfCorpus,
} from "../corpus/index.js";
import { CHROMIUM } from "../corpus/pdf/index.js";
import {
  type CorpusLayout,
  type CorpusRun,
  combineRuns,
  type EvalReport,
  evaluate,
  type FormatOptions,
  failedGates,
  formatGroupTable,
  formatPageTable,
  formatReport,
  type Gate,
  type Located,
  parseGate,
  parsePageFile,
  type ReportFormat,
  type Result,
  readGoldPages,
  readPredPages,
  reportJson,
  scoreCorpus,
  scorePdfRenderings,
  variantReports,
} from "../eval/index.js";
import type { Command, Io } from "./io.js";

const USAGE = `usage: banmian eval GOLD PRED [--format text|json] [--details] [--min METRIC=VALUE]... [--max METRIC=VALUE]...
       banmian eval --corpus [FILE] [--layout blocks|indented|wrapped|pdf|all] [--seed N] [--font wqy|noto] [same options]
  GOLD, PRED   one page (.json object), an array of pages (.json), or one page per line (.jsonl);
               pages pair up by the basename of their "file"
  --corpus     score the parser on the dev corpus: render every page of FILE (default: $BANMIAN_CORPUS,
               else ../shared/corpus/rmrb-2019-2020-dev.jsonl next to the repository) in each layout,
               parse each rendering and score it; one report per layout, then all layouts combined
  --layout     with --corpus: one layout, or all three text layouts (default); pdf prints every page as a
               newspaper page with ${CHROMIUM} (PDFs cached in .cache/pdf/), parses the PDFs and adds
               a report per arrangement (stacked, lead-sidebar, side-by-side, mixed)
  --seed       with --corpus: the rendering seed, a whole number (default 1)
  --font       with --layout pdf: wqy (WenQuanYi Micro Hei, default) or noto (Noto CJK, whose text layer
               has radical look-alikes such as ⽇ for 日)
  --format     text (default) or json
  --details    also list every page: a line of scores per page, missed and spurious articles, field mismatches
  --min, --max exit 1 when METRIC scores below / above VALUE, e.g. --min articles.f1=0.9 --max jumps.false=0;
               with --corpus every layout must hold them
`;

const FONTS: readonly PdfFont[] = ["wqy", "noto"];

function parseOptions(argv: string[]) {
  return parseArgs({
    // --corpus takes an optional value, which parseArgs cannot express: --corpus=FILE becomes --corpus FILE.
    args: argv.flatMap((arg) => (arg.startsWith("--corpus=") ? ["--corpus", arg.slice(9)] : [arg])),
    allowPositionals: true,
    options: {
      corpus: { type: "boolean", default: false },
      layout: { type: "string" },
      seed: { type: "string" },
      font: { type: "string" },
      format: { type: "string", default: "text" },
      details: { type: "boolean", default: false },
      min: { type: "string", multiple: true, default: [] },
      max: { type: "string", multiple: true, default: [] },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

export const evalCommand: Command = async (argv, io) => {
  const fail = (message: string): number => {
    io.stderr(`banmian eval: ${message}\n`);
    return 2;
  };
  const usageError = (message: string): number => fail(`${message}\n${USAGE.trimEnd()}`);
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const format = values.format;
  if (format !== "text" && format !== "json") return fail(`--format must be text or json, not ${format}`);

  const gates: Gate[] = [];
  for (const [bound, specs] of [
    ["min", values.min],
    ["max", values.max],
  ] as const) {
    for (const spec of specs) {
      const gate = parseGate(spec, bound);
      if (!gate.ok) return fail(gate.error);
      gates.push(gate.value);
    }
  }
  const output: Output = { format, details: values.details, gates };

  if (values.corpus) {
    if (positionals.length > 1) return usageError("--corpus takes at most one FILE");
    const layouts = readLayouts(values.layout);
    if (!layouts.ok) return fail(layouts.error);
    const seed = readSeed(values.seed);
    if (!seed.ok) return fail(seed.error);
    const font = FONTS.find((f) => f === (values.font ?? "wqy"));
    if (font === undefined) return fail(`--font must be wqy or noto, not ${values.font}`);
    if (values.font !== undefined && !layouts.value.includes("pdf"))
      return usageError("--font goes with --layout pdf");
    const corpus = openCorpus(positionals[0], io);
    if (!corpus.ok) return fail(corpus.error);
    const runs = await scoreLayouts(corpus.value.pages, layouts.value, seed.value, font, io);
    if (!runs.ok) return fail(runs.error);
    return printRuns(io, corpus.value, runs.value, { ...output, font });
  }
  if (values.layout !== undefined || values.seed !== undefined || values.font !== undefined)
    return usageError("--layout, --seed and --font go with --corpus");
  const [goldPath, predPath, ...extra] = positionals;
  if (goldPath === undefined || predPath === undefined || extra.length > 0)
    return usageError("need GOLD and PRED, or --corpus");

  const gold = await loadPages(goldPath, io);
  const goldPages = gold.ok ? readGoldPages(gold.value) : gold;
  if (!goldPages.ok) return fail(goldPages.error);
  const pred = await loadPages(predPath, io);
  const predPages = pred.ok ? readPredPages(pred.value) : pred;
  if (!predPages.ok) return fail(predPages.error);

  const report = evaluate(goldPages.value, predPages.value);
  io.stdout(formatReport(report, format, { details: values.details }));
  return reportGates(io, failedGates(report.totals, gates));
};

interface Output {
  format: ReportFormat;
  details: boolean;
  gates: Gate[];
}

/** Text layouts are rendered and parsed in memory; the PDF layout is printed first (chromium, cached). */
async function scoreLayouts(
  pages: readonly CorpusPage[],
  layouts: readonly CorpusLayout[],
  seed: number,
  font: PdfFont,
  io: Io,
): Promise<Result<CorpusRun[]>> {
  const runs: CorpusRun[] = [];
  for (const layout of layouts) {
    if (layout !== "pdf") {
      runs.push(...scoreCorpus(pages, [layout], seed));
      continue;
    }
    io.stderr(
      `banmian eval: printing ${pages.length} pages as PDF (cached in .cache/pdf/) and parsing them…\n`,
    );
    let printed: Awaited<ReturnType<typeof renderPdfCorpus>>;
    try {
      printed = await renderPdfCorpus(pages, { seed, font });
    } catch (error) {
      const why = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
      return {
        ok: false,
        error: `cannot print the PDF pages (${why}): --layout pdf needs chromium at ${CHROMIUM} (apt-get install chromium fonts-wqy-microhei fonts-noto-cjk) and the dev dependency playwright-core`,
      };
    }
    runs.push(await scorePdfRenderings(printed, seed));
  }
  return { ok: true, value: runs };
}

function reportGates(io: Io, failures: string[]): number {
  for (const failure of failures) io.stderr(`banmian eval: gate failed: ${failure}\n`);
  return failures.length > 0 ? 1 : 0;
}

/**
 * One report per layout, then (for more than one layout) their sum; gates hold for every layout. A PDF
 * run adds a report per arrangement; --details adds a line of scores per page.
 */
function printRuns(
  io: Io,
  corpus: OpenCorpus,
  runs: CorpusRun[],
  output: Output & { font: PdfFont },
): number {
  const combined: EvalReport | null = runs.length > 1 ? combineRuns(runs) : null;
  const options: FormatOptions = { details: output.details };
  const seed = runs[0]?.seed ?? 1;
  const font = runs.some((run) => run.layout === "pdf") ? { font: output.font } : {};
  if (output.format === "json") {
    const layouts = Object.fromEntries(
      runs.map((run) => {
        const variants = variantReports(run).map((v) => [v.name, reportJson(v.report)]);
        const json = reportJson(run.report, options);
        return [
          run.layout,
          variants.length === 0 ? json : { ...json, variants: Object.fromEntries(variants) },
        ];
      }),
    );
    const body = {
      corpus: { path: corpus.path, pages: corpus.pages.length },
      seed,
      ...font,
      layouts,
      ...(combined === null ? {} : { combined: reportJson(combined, options) }),
    };
    io.stdout(`${JSON.stringify(body, null, 2)}\n`);
  } else {
    const fontNote = "font" in font ? `, PDF font ${output.font}` : "";
    const parts = [`corpus ${corpus.path}: ${corpus.pages.length} pages, seed ${seed}${fontNote}\n`];
    for (const run of runs) parts.push(`== ${run.layout} ==\n${runText(run, options)}`);
    if (combined !== null) parts.push(`== all layouts ==\n${formatReport(combined, "text", options)}`);
    io.stdout(parts.join("\n"));
  }
  const failures = runs.flatMap((run) =>
    failedGates(run.report.totals, output.gates).map((failure) => `${run.layout}: ${failure}`),
  );
  return reportGates(io, failures);
}

/** A run's report; a PDF run's arrangements side by side; on --details, a line per page. */
function runText(run: CorpusRun, options: FormatOptions): string {
  const lines = [formatReport(run.report, "text", options).trimEnd()];
  const arrangements = variantReports(run);
  if (arrangements.length > 0) lines.push("", "by arrangement (pages):", ...formatGroupTable(arrangements));
  if (options.details) {
    const variants = run.variants;
    const group =
      variants === undefined ? undefined : { head: "arrangement", of: (file: string) => variants[file] };
    lines.push("", "per page (articles matched/gold/predicted):", ...formatPageTable(run.report, group));
  }
  return `${lines.join("\n")}\n`;
}

const CORPUS_LAYOUTS: readonly CorpusLayout[] = [...LAYOUTS, "pdf"];

function readLayouts(value: string | undefined): Result<CorpusLayout[]> {
  if (value === undefined || value === "all") return { ok: true, value: [...LAYOUTS] };
  const layout = CORPUS_LAYOUTS.find((l) => l === value);
  if (layout === undefined)
    return { ok: false, error: `--layout must be one of ${CORPUS_LAYOUTS.join(", ")} or all, not ${value}` };
  return { ok: true, value: [layout] };
}

function readSeed(value: string | undefined): Result<number> {
  if (value === undefined) return { ok: true, value: 1 };
  const seed = Number(value);
  if (value.trim() === "" || !Number.isSafeInteger(seed) || seed < 0)
    return { ok: false, error: `--seed must be a whole number, not ${value}` };
  return { ok: true, value: seed };
}

interface OpenCorpus {
  path: string;
  pages: CorpusPage[];
}

/** FILE relative to io.cwd, else the default corpus location; errors say where to put the corpus. */
function openCorpus(file: string | undefined, io: Io): Result<OpenCorpus> {
  const path = file === undefined ? corpusPath(io.env) : resolve(io.cwd, file);
  if (path === null)
    return {
      ok: false,
      error:
        "no dev corpus found: pass --corpus FILE, set BANMIAN_CORPUS to the file (or its folder), " +
        "or put rmrb-2019-2020-dev.jsonl in ../shared/corpus/ next to the repository",
    };
  try {
    return { ok: true, value: { path, pages: loadCorpus(path) } };
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    const shown = file ?? path;
    if (code === "ENOENT") return { ok: false, error: `cannot read corpus ${shown}: no such file` };
    if (code === "EISDIR") return { ok: false, error: `cannot read corpus ${shown}: is a directory` };
    return { ok: false, error: `corpus ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Reads a page file relative to io.cwd; errors name the path as given. */
async function loadPages(path: string, io: Io): Promise<Result<Located[]>> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    const reason =
      code === "ENOENT" ? "no such file" : error instanceof Error ? error.message : String(error);
    return { ok: false, error: `cannot read ${path}: ${reason}` };
  }
  return parsePageFile(text, path);
}
