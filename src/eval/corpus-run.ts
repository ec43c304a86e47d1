// Scoring the parser on the dev corpus: render every page in a layout, parse each rendering as
// `banmian parse` would (no flags, metadata from the file name and header), score it against its gold.
// Shared by `banmian eval --corpus`, the quality gate and the benchmark. Pure: pages in, reports out.
import { type CorpusPage, type Layout, renderCorpus } from "../corpus/index.js";
import { parseText } from "../pipeline.js";
import { evaluate } from "./evaluate.js";
import { addScores, emptyScores } from "./scores.js";
import type { EvalReport } from "./types.js";

export interface CorpusRun {
  layout: Layout;
  seed: number;
  report: EvalReport;
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
