// Per-field accuracy: each rule names a field, how to read it and when two values are equal.
// A gold article counts toward a field when the field is present; it is correct only when matched and equal.
import type { Author, Dateline } from "../model/index.js";
import type { Matching } from "./match.js";
import { articleName, type Notes, show } from "./notes.js";
import { compact, normalizeLine } from "./text.js";
import type { Count, FieldName, GoldArticle } from "./types.js";

interface FieldRule {
  /** The gold value's verdict against the prediction, or undefined when gold does not know the field. */
  judge(
    gold: GoldArticle,
    pred: GoldArticle | undefined,
  ): { ok: boolean; gold: string; pred: string } | undefined;
}

function rule<T>(
  get: (a: GoldArticle) => T | undefined,
  same: (gold: T, pred: T) => boolean,
  render: (value: T | undefined) => string,
): FieldRule {
  return {
    judge(goldArticle, predArticle) {
      const gold = get(goldArticle);
      if (gold === undefined) return undefined;
      const pred = predArticle === undefined ? undefined : get(predArticle);
      const ok = pred !== undefined && same(gold, pred);
      return { ok, gold: render(gold), pred: predArticle ? render(pred) : "(no match)" };
    },
  };
}

const sameLine = (a: string | null, b: string | null): boolean => normalizeLine(a) === normalizeLine(b);
const showLine = (v: string | null | undefined): string => show(v === undefined ? v : normalizeLine(v));

// Printed names are padded with spaces (邹 辉 beside 董雪), so names compare without whitespace.
const authorKey = (a: Author): string => `${compact(a.name)}/${a.role}`;
const authorSet = (list: Author[]): string => [...new Set(list.map(authorKey))].sort().join(", ");

const datelineKey = (d: Dateline | null): string =>
  d === null ? "null" : [d.source, d.place, d.date].map((s) => normalizeLine(s) ?? "-").join(" | ");

// The editor's note is running text, compared like a body: whitespace-free and exact.
const noteKey = (s: string | null): string | null => (s === null || compact(s) === "" ? null : compact(s));

const RULES: Record<FieldName, FieldRule> = {
  kind: rule(
    (a) => a.kind,
    (g, p) => g === p,
    (v) => show(v),
  ),
  label: rule((a) => a.label, sameLine, showLine),
  kicker: rule((a) => a.kicker, sameLine, showLine),
  title: rule((a) => a.title, sameLine, showLine),
  subtitle: rule((a) => a.subtitle, sameLine, showLine),
  dateline: rule(
    (a) => a.dateline,
    (g, p) => datelineKey(g) === datelineKey(p),
    (v) => (v === undefined ? show(v) : datelineKey(v)),
  ),
  authors: rule(
    (a) => a.authors,
    (g, p) => authorSet(g) === authorSet(p),
    (v) => (v === undefined ? show(v) : `[${authorSet(v)}]`),
  ),
  editorNote: rule(
    (a) => a.editorNote,
    (g, p) => noteKey(g) === noteKey(p),
    (v) => show(v === undefined ? v : noteKey(v)),
  ),
};

export function emptyFieldCounts(): Record<FieldName, Count> {
  const entries = Object.keys(RULES).map((name) => [name, { correct: 0, total: 0 }]);
  return Object.fromEntries(entries) as Record<FieldName, Count>;
}

/** Scores every rule over every gold article; mismatches are noted for matched articles only. */
export function scoreFields(
  gold: GoldArticle[],
  pred: GoldArticle[],
  matching: Matching,
  notes: Notes,
): Record<FieldName, Count> {
  const counts = emptyFieldCounts();
  gold.forEach((g, gi) => {
    const pi = matching.byGold.get(gi)?.pred;
    const p = pi === undefined ? undefined : pred[pi];
    for (const [name, fieldRule] of Object.entries(RULES) as [FieldName, FieldRule][]) {
      const verdict = fieldRule.judge(g, p);
      if (!verdict) continue;
      counts[name].total++;
      if (verdict.ok) counts[name].correct++;
      else if (p) notes.add(name, articleName(g, gi), verdict.gold, verdict.pred);
    }
  });
  return counts;
}
