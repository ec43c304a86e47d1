// Scoring the parser on the dev corpus: render every page in a layout, parse each rendering as
// `banmian parse` would (no flags, metadata from the file name and header), score it against its gold.
// Shared by `banmian eval --corpus`, the quality gate and the benchmark. Pure: pages (or printed PDF
// renderings, corpus/pdf: the caller prints them) in, reports out.
import { type CorpusPage, type Layout, type PdfRendering, renderCorpus } from "../corpus/index.js";
import { VARIANTS } from "../corpus/pdf/index.js";
import { parsePdf } from "../ingest/pdf/index.js";
import type { Page } from "../model/index.js";
import { parseText } from "../pipeline.js";
import { evaluate } from "./evaluate.js";
import { addScores, emptyScores } from "./scores.js";
import type { EvalReport } from "./types.js";

/** A text layout (corpus/layouts.ts), or corpus pages printed as PDF pages (corpus/pdf). */
export type CorpusLayout = Layout | "pdf";

export interface CorpusRun {
  layout: CorpusLayout;
  seed: number;
  report: EvalReport;
  /** PDF runs: each page's arrangement (corpus/pdf/variants.ts: stacked, lead-sidebar, …) by file. */
  variants?: Record<string, string>;
}

/** Renders `pages` in one layout, parses every rendering and scores the lot. */
export function scoreLayout(pages: readonly CorpusPage[], layout: Layout, seed: number): CorpusRun {
  const renderings = renderCorpus(pages, layout, seed);
  const predicted = renderings.map((r) => parseText(r.text, { file: r.file }));
  return {
    layout,
    seed,
    report: evaluate(
      renderings.map((r) => r.gold),
      predicted,
    ),
  };
}

/**
 * Printed corpus pages (renderPdfCorpus) parsed as `banmian parse` parses a PDF (parsePdf, one Page per
 * PDF page) and scored. A file that does not parse, or prints on more than one PDF page, is a warning
 * in the report; its page is scored from what was read (nothing: fully missed).
 */
export async function scorePdfRenderings(
  renderings: readonly Pick<PdfRendering, "file" | "variant" | "pdf" | "gold">[],
  seed: number,
): Promise<PdfCorpusRun> {
  const predicted: Page[] = [];
  const problems: string[] = [];
  for (const r of renderings) {
    const pages: Page[] = [];
    for await (const result of parsePdf(r.pdf, { file: r.file })) {
      if (result.ok) pages.push(result.page);
      else problems.push(result.error);
    }
    if (pages.length > 1)
      problems.push(`${r.file}: printed on ${pages.length} PDF pages; the first is scored`);
    if (pages[0] !== undefined) predicted.push(pages[0]);
  }
  const report = evaluate(
    renderings.map((r) => r.gold),
    predicted,
  );
  report.warnings.unshift(...problems);
  return {
    layout: "pdf",
    seed,
    report,
    variants: Object.fromEntries(renderings.map((r) => [r.file, r.variant])),
    predicted,
  };
}

export interface PdfCorpusRun extends CorpusRun {
  /** The parsed pages, for checks beyond the scores (the radical look-alikes of Noto CJK pages). */
  predicted: Page[];
}

/**
 * A run's pages grouped by a name per page (a PDF run's variants), each group as one report, groups
 * in first-seen order. Counts add up as in the whole run; pages without a name go under "other".
 */
export function splitRun(run: CorpusRun, groupOf: (file: string) => string | undefined): GroupReport[] {
  const groups = new Map<string, EvalReport>();
  for (const page of run.report.pages) {
    const name = groupOf(page.file) ?? "other";
    const group = groups.get(name) ?? { pages: [], totals: emptyScores(), ignored: [], warnings: [] };
    group.pages.push(page);
    group.totals = addScores(group.totals, page.scores);
    groups.set(name, group);
  }
  return [...groups].map(([name, report]) => ({ name, report }));
}

export interface GroupReport {
  name: string;
  report: EvalReport;
}

/** A PDF run by arrangement, in VARIANTS order (stacked, lead-sidebar, side-by-side, mixed); [] for text. */
export function variantReports(run: CorpusRun): GroupReport[] {
  const variants = run.variants;
  if (variants === undefined) return [];
  const order = (name: string) => {
    const i = VARIANTS.findIndex((v) => v.name === name);
    return i < 0 ? VARIANTS.length : i;
  };
  return splitRun(run, (file) => variants[file]).sort((a, b) => order(a.name) - order(b.name));
}

/** One run per layout, in the order given. */
export function scoreCorpus(
  pages: readonly CorpusPage[],
  layouts: readonly Layout[],
  seed: number,
): CorpusRun[] {
  return layouts.map((layout) => scoreLayout(pages, layout, seed));
}

/**
 * Several runs as one report: counts add up (micro-averaging, like pages within a run). The same page
 * appears once per layout, so page files and messages are prefixed with the layout (`wrapped/…`).
 */
export function combineRuns(runs: readonly CorpusRun[]): EvalReport {
  const tag = (run: CorpusRun, text: string) => `${run.layout}/${text}`;
  return {
    pages: runs.flatMap((run) => run.report.pages.map((page) => ({ ...page, file: tag(run, page.file) }))),
    totals: runs.reduce((sum, run) => addScores(sum, run.report.totals), emptyScores()),
    ignored: runs.flatMap((run) => run.report.ignored.map((name) => tag(run, name))),
    warnings: runs.flatMap((run) => run.report.warnings.map((w) => `${run.layout}: ${w}`)),
  };
}
