// Extraction damage as real dumps show it: duplicated tail fragments (overlapping text blocks)
// and paragraphs split in two (column breaks). Only body text is damaged, never headlines or jumps.
import { splittableOffset } from "./jump-cut.js";
import type { Rng } from "./random.js";
import type { Run } from "./runs.js";

// From the brief: about half the pages, at most 3 damages a page; a duplicate repeats the last
// 20–60% of its paragraph and at least 15 characters; only paragraphs of 80+ characters are split.
const DAMAGED_PAGES = 0.5;
const MAX_DAMAGES = 3;
const DUPLICATE_MIN = 15;
const DUPLICATE_FROM = 0.2;
const DUPLICATE_TO = 0.6;
const SPLIT_MIN = 80;

type TextRun = Extract<Run, { kind: "text" }>;

/** Returns new items with damage applied; the gold is unaffected except for duplicates. */
export function damage(items: readonly Run[][], rng: Rng): Run[][] {
  if (!rng.chance(DAMAGED_PAGES)) return items.map((runs) => [...runs]);
  const candidates = items
    .flat()
    .filter(
      (run): run is TextRun =>
        run.kind === "text" &&
        run.prefix === undefined &&
        run.suffix === undefined &&
        (duplicateBounds(run.text) !== null || run.text.length >= SPLIT_MIN),
    );
  const chosen = new Map<TextRun, Run[]>();
  const count = Math.min(rng.int(1, MAX_DAMAGES), candidates.length);
  while (chosen.size < count) {
    const run = rng.pick(candidates);
    if (chosen.has(run)) continue;
    const canSplit = run.text.length >= SPLIT_MIN;
    const canDuplicate = duplicateBounds(run.text) !== null;
    const split = canSplit && (!canDuplicate || rng.chance(0.5));
    chosen.set(run, split ? splitRun(run, rng) : [run, duplicateOf(run.text, rng)]);
  }
  return items.map((runs) =>
    runs.flatMap((run) => (run.kind === "text" ? (chosen.get(run) ?? [run]) : [run])),
  );
}

function duplicateBounds(text: string): [number, number] | null {
  const lo = Math.max(DUPLICATE_MIN, Math.ceil(text.length * DUPLICATE_FROM));
  const hi = Math.floor(text.length * DUPLICATE_TO);
  return lo <= hi ? [lo, hi] : null;
}

/** The paragraph's last 20–60%, starting on a printable character. */
function duplicateOf(text: string, rng: Rng): Run {
  const [lo, hi] = duplicateBounds(text) ?? [text.length, text.length];
  let start = text.length - rng.int(lo, hi);
  while (start < text.length - DUPLICATE_MIN && /[\s\udc00-\udfff]/.test(text.charAt(start))) start++;
  return { kind: "duplicate", text: text.slice(start) };
}

function splitRun(run: TextRun, rng: Rng): Run[] {
  const at = splittableOffset(run.text, rng.int(1, run.text.length - 1));
  if (at === null) return [run];
  return [
    { kind: "text", text: run.text.slice(0, at), indent: run.indent },
    { kind: "text", text: run.text.slice(at), indent: false, split: true },
  ];
}
