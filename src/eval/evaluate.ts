// Scoring many pages: pair gold and prediction by file basename, score each page, add up the counts.
import type { Page } from "../model/index.js";
import { evaluatePage } from "./page.js";
import { addScores, emptyScores } from "./scores.js";
import type { EvalReport, GoldPage } from "./types.js";

/** The last path segment; gold and predictions are written from different directories. */
export function basename(file: string): string {
  return file.split(/[\\/]/u).pop() ?? file;
}

export function evaluate(gold: GoldPage[], pred: Page[]): EvalReport {
  const warnings: string[] = [];
  const predByName = new Map<string, Page>();
  for (const page of pred) {
    const name = basename(page.file);
    if (predByName.has(name)) warnings.push(`prediction ${page.file}: a second page named ${name}, ignored`);
    else predByName.set(name, page);
  }
  const seen = new Set<string>();
  const pages = [];
  for (const page of gold) {
    const name = basename(page.file);
    if (seen.has(name)) {
      warnings.push(`gold ${page.file}: a second page named ${name}, ignored`);
      continue;
    }
    seen.add(name);
    const prediction = predByName.get(name) ?? null;
    if (!prediction) warnings.push(`gold ${name}: no prediction, scored as fully missed`);
    pages.push(evaluatePage(page, prediction, name));
  }
  const ignored = [...predByName.keys()].filter((name) => !seen.has(name));
  for (const name of ignored) warnings.push(`prediction ${name}: no gold page, ignored`);
  const totals = pages.reduce((sum, report) => addScores(sum, report.scores), emptyScores());
  return { pages, totals, ignored, warnings };
}
