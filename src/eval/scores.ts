// Score arithmetic: counts add up across pages (micro-averaging), ratios are taken only at the end.
import { emptyFieldCounts } from "./fields.js";
import { FIELD_NAMES, type PageScores } from "./types.js";

export function emptyScores(): PageScores {
  return {
    articles: { matched: 0, gold: 0, predicted: 0 },
    fields: emptyFieldCounts(),
    body: { pairs: 0, diceSum: 0, exact: 0, close: 0 },
    jumps: { gold: 0, found: 0, predicted: 0, correct: 0, falseLinks: 0 },
    duplicates: { matched: 0, gold: 0, predicted: 0 },
    toc: { matched: 0, gold: 0, predicted: 0, exact: 0 },
    perfect: { correct: 0, total: 0 },
  };
}

function addFlat<T extends Record<keyof T, number>>(a: T, b: T): T {
  const sum = { ...a };
  for (const key of Object.keys(a) as (keyof T)[]) sum[key] = (a[key] + b[key]) as T[keyof T];
  return sum;
}

export function addScores(a: PageScores, b: PageScores): PageScores {
  const fields = emptyFieldCounts();
  for (const name of FIELD_NAMES) fields[name] = addFlat(a.fields[name], b.fields[name]);
  return {
    articles: addFlat(a.articles, b.articles),
    fields,
    body: addFlat(a.body, b.body),
    jumps: addFlat(a.jumps, b.jumps),
    duplicates: addFlat(a.duplicates, b.duplicates),
    toc: addFlat(a.toc, b.toc),
    perfect: addFlat(a.perfect, b.perfect),
  };
}

/** Every gold article found, nothing extra, every scored value right and every body close (Dice ≥ 0.99). */
export function isPerfect(s: PageScores): boolean {
  const { articles: a, jumps: j, toc: t } = s;
  const fieldsRight = FIELD_NAMES.every((name) => s.fields[name].correct === s.fields[name].total);
  return (
    a.matched === a.gold &&
    a.matched === a.predicted &&
    fieldsRight &&
    s.body.close === s.body.pairs &&
    j.found === j.gold &&
    j.correct === j.predicted &&
    t.exact === t.gold &&
    t.matched === t.predicted
  );
}

/** One row of the score table; `score` is null when nothing was there to score. */
export interface Metric {
  name: string;
  /** Ratios and means lie in 0–1; a count (jumps.false) is a number of items. */
  unit: "ratio" | "count";
  score: number | null;
  correct?: number;
  total?: number;
}

const ratio = (name: string, correct: number, total: number): Metric => ({
  name,
  unit: "ratio",
  score: total === 0 ? null : correct / total,
  correct,
  total,
});

function f1(name: string, p: Metric, r: Metric): Metric {
  if (p.score === null || r.score === null) return { name, unit: "ratio", score: null };
  const sum = p.score + r.score;
  return { name, unit: "ratio", score: sum === 0 ? 0 : (2 * p.score * r.score) / sum };
}

/** The flat table a report prints and `--min`/`--max` gate on, in a fixed order. */
export function metrics(s: PageScores): Metric[] {
  const precision = ratio("articles.precision", s.articles.matched, s.articles.predicted);
  const recall = ratio("articles.recall", s.articles.matched, s.articles.gold);
  const fieldRows = FIELD_NAMES.map((name) => ratio(name, s.fields[name].correct, s.fields[name].total));
  return [
    precision,
    recall,
    f1("articles.f1", precision, recall),
    ...fieldRows,
    {
      name: "body.dice",
      unit: "ratio",
      score: s.body.pairs === 0 ? null : s.body.diceSum / s.body.pairs,
      total: s.body.pairs,
    },
    ratio("body.exact", s.body.exact, s.body.pairs),
    ratio("body.close", s.body.close, s.body.pairs),
    ratio("jumps.recall", s.jumps.found, s.jumps.gold),
    ratio("jumps.precision", s.jumps.correct, s.jumps.predicted),
    { name: "jumps.false", unit: "count", score: s.jumps.falseLinks },
    ratio("duplicates.precision", s.duplicates.matched, s.duplicates.predicted),
    ratio("duplicates.recall", s.duplicates.matched, s.duplicates.gold),
    ratio("toc.precision", s.toc.matched, s.toc.predicted),
    ratio("toc.recall", s.toc.matched, s.toc.gold),
    ratio("toc.exact", s.toc.exact, s.toc.gold),
    ratio("pages.perfect", s.perfect.correct, s.perfect.total),
  ];
}
