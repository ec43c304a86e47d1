// Which of the three real text layouts a page is in, from line statistics alone.
import { displayWidth, isIndented, type Line } from "./lines.js";

/**
 * - blocks: paragraphs and headline lines separated by blank lines (e-paper copy-paste, the sample page).
 * - indented: one paragraph a line, body paragraphs indented with 　　 (e-paper text dumps).
 * - wrapped: hard-wrapped column lines of 10–25 characters, paragraphs start indented (PDF text extraction).
 */
export type LayoutKind = "blocks" | "indented" | "wrapped";

export interface LayoutStats {
  kind: LayoutKind;
  nonBlank: number;
  blank: number;
  indentedRatio: number;
  medianWidth: number;
}

// A column of a Chinese broadsheet holds 10–25 characters; body lines of dumps and blocks run to
// hundreds. A median at or under 30 cells only happens with hard wrapping (sample page: 212).
const WRAPPED_MEDIAN_WIDTH = 30;
// Pages whose body lines are indented have most non-blank lines indented; 0.3 leaves room for
// headline-heavy pages (sample page: 0, indented renderings: 0.6–0.9).
const INDENTED_RATIO = 0.3;
// Measured on the development renderings: wrapped pages 0–0.1 blank lines a line and 0.05–0.3 indented
// lines; blocks pages ≥ 0.9 blank lines a line; indented pages ≥ 0.6 indented lines.
const MAX_WRAPPED_BLANK_RATIO = 0.5;
const MAX_WRAPPED_INDENTED_RATIO = 0.5;

export function detectLayout(lines: readonly Line[]): LayoutStats {
  const widths: number[] = [];
  let indented = 0;
  let blank = 0;
  for (const line of lines) {
    if (line.content.length === 0) {
      blank++;
      continue;
    }
    widths.push(displayWidth(line.content) + (isIndented(line) ? 2 : 0));
    if (isIndented(line)) indented++;
  }
  widths.sort((a, b) => a - b);
  const nonBlank = widths.length;
  const medianWidth = nonBlank === 0 ? 0 : (widths[Math.floor(nonBlank / 2)] ?? 0);
  const indentedRatio = nonBlank === 0 ? 0 : indented / nonBlank;
  let kind: LayoutKind = "blocks";
  // Short lines alone do not make a wrapped page: a list or a poem has them too. Wrapped text rarely
  // leaves blank lines and indents only paragraph starts; a blocks page is half blank lines, an indented
  // page indents nearly every line.
  const blankRatio = nonBlank === 0 ? 0 : blank / nonBlank;
  if (
    nonBlank >= 8 &&
    medianWidth <= WRAPPED_MEDIAN_WIDTH &&
    blankRatio < MAX_WRAPPED_BLANK_RATIO &&
    indentedRatio < MAX_WRAPPED_INDENTED_RATIO
  )
    kind = "wrapped";
  else if (indentedRatio >= INDENTED_RATIO) kind = "indented";
  return { kind, nonBlank, blank, indentedRatio, medianWidth };
}
