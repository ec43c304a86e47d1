// The three shapes raw page text comes in: blank-line blocks (like ../shared/sample), e-paper dumps
// with U+3000-indented paragraph lines, and PDF extraction hard-wrapped to a column width.
import type { Rng } from "./random.js";
import type { Draft, Run } from "./runs.js";
import { displayWidth, INDENT, wrapParts } from "./wrap.js";

export type Layout = "blocks" | "indented" | "wrapped";

export const LAYOUTS: readonly Layout[] = ["blocks", "indented", "wrapped"];

/** Lines of the page, ending with a newline. Every choice comes from `rng` (the page's layout stream). */
export function layOut(draft: Draft, layout: Layout, rng: Rng): string {
  const lines =
    layout === "blocks"
      ? blocks(draft, rng)
      : layout === "indented"
        ? indented(draft, rng)
        : wrapped(draft, rng);
  return `${lines.join("\n")}\n`;
}

function textOf(run: Run): string {
  return run.kind === "text" ? `${run.prefix ?? ""}${run.text}${run.suffix ?? ""}` : run.text;
}

/**
 * 1. Blocks: every headline line and paragraph a block, one blank line between blocks; 30% of
 * gaps between items are 2–3 blank lines; 30% of pages start with 1–4 blank lines (the sample has 4).
 */
function blocks(draft: Draft, rng: Rng): string[] {
  const lines: string[] = [];
  if (rng.chance(0.3)) lines.push(...blank(rng.int(1, 4)));
  if (draft.header !== null) lines.push(draft.header, "");
  draft.items.forEach((runs, i) => {
    if (i > 0) lines.push(...blank(rng.chance(0.3) ? rng.int(2, 3) : 1));
    runs.forEach((run, j) => {
      if (j > 0) lines.push("");
      lines.push(textOf(run));
    });
  });
  return lines;
}

/**
 * 2. Indented: a line per paragraph, paragraph starts indented with two U+3000; continued text
 * (after a split or a mid-paragraph cut), duplicates and headlines are not. Half the pages put a
 * blank line between items; half indent own-line jump lines like paragraphs.
 */
function indented(draft: Draft, rng: Rng): string[] {
  const blankBetween = rng.chance(0.5);
  const indentJumps = rng.chance(0.5);
  const lines: string[] = draft.header === null ? [] : [draft.header];
  draft.items.forEach((runs, i) => {
    if (i > 0 && blankBetween) lines.push("");
    for (const run of runs) {
      const indent = (run.kind === "text" && run.indent) || (run.kind === "jump" && indentJumps);
      lines.push(`${indent ? INDENT : ""}${textOf(run)}`);
    }
  });
  return lines;
}

/**
 * 3. Wrapped: body text hard-wrapped to W columns, W drawn per page from 10–25 (on 30% of pages
 * per item, W±4); paragraph starts indented. Kinsoku (hanging punctuation) on half the pages.
 * Headlines wider than 2W are broken into 2–3 lines 60% of the time. 25% of pages put a blank
 * line between items; half the column splits leave a blank line.
 */
function wrapped(draft: Draft, rng: Rng): string[] {
  const pageWidth = rng.int(10, 25);
  const perItem = rng.chance(0.3);
  const kinsoku = rng.chance(0.5);
  const blankBetween = rng.chance(0.25);
  const lines: string[] = draft.header === null ? [] : [draft.header];
  draft.items.forEach((runs, i) => {
    if (i > 0 && blankBetween) lines.push("");
    const width = perItem ? Math.min(25, Math.max(10, pageWidth + rng.int(-4, 4))) : pageWidth;
    for (const run of runs) {
      switch (run.kind) {
        case "headline":
          lines.push(...wrapHeadline(run.text, width, rng));
          break;
        case "jump":
          lines.push(run.text);
          break;
        case "duplicate":
          lines.push(...wrapParts([{ text: run.text, atomic: false }], { width, indent: false, kinsoku }));
          break;
        case "text": {
          if (run.split === true && rng.chance(0.5)) lines.push("");
          const parts = [
            ...(run.prefix === undefined ? [] : [{ text: run.prefix, atomic: true }]),
            { text: run.text, atomic: false },
            ...(run.suffix === undefined ? [] : [{ text: run.suffix, atomic: true }]),
          ];
          lines.push(...wrapParts(parts, { width, indent: run.indent, kinsoku }));
          break;
        }
      }
    }
  });
  return lines;
}

/** Headlines span columns; a long one breaks into 2–3 near-equal lines, at a space when one is near. */
function wrapHeadline(text: string, width: number, rng: Rng): string[] {
  const chars = Array.from(text.trim());
  if (displayWidth(text) <= 2 * width || !rng.chance(0.6)) return [text];
  const count = chars.length >= 12 && rng.chance(0.4) ? 3 : 2;
  const lines: string[] = [];
  let from = 0;
  for (let k = 1; k < count; k++) {
    let at = Math.round((chars.length * k) / count) + rng.int(-2, 2);
    const space = nearestSpace(chars, at, 3);
    if (space !== null) at = space;
    at = Math.min(Math.max(at, from + 1), chars.length - 1);
    if (at <= from) continue;
    lines.push(chars.slice(from, at).join(""));
    from = at;
  }
  lines.push(chars.slice(from).join(""));
  return lines.map((l) => l.trim()).filter((l) => l !== "");
}

function nearestSpace(chars: readonly string[], at: number, reach: number): number | null {
  for (let d = 0; d <= reach; d++) {
    for (const i of [at - d, at + d])
      if (i > 0 && i < chars.length - 1 && /\s/.test(chars[i] ?? "")) return i;
  }
  return null;
}

function blank(count: number): string[] {
  return Array.from({ length: count }, () => "");
}
