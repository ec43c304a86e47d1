// PDF layout analysis: glyph runs → lines → reading order (XY-cut) → blocks with typography, and the
// page's text as the pipeline reads it (one printed line a text line, blocks apart by a blank line).
import type { Block } from "../blocks.js";
import { buildPdfBlocks, type PdfBlock } from "./blocks.js";
import { spaceAtBreak } from "./headline-breaks.js";
import { buildLines, commonSize } from "./lines.js";
import { readingOrder } from "./order.js";
import type { PdfLine, PdfPageRuns, Rect } from "./types.js";

export { buildPdfBlocks, type PdfBlock } from "./blocks.js";
export { HEADLINE_BREAK, spaceAtBreak } from "./headline-breaks.js";
export { buildLines, despread } from "./lines.js";
export { ORDER, readingOrder } from "./order.js";
export type { GlyphRun, PdfLine, PdfPageRuns, Rect } from "./types.js";
export { type Zone, zonesOf } from "./zones.js";

/** Where a line of the page's text is printed: its column piece (leaf) and its box. */
export interface LinePlace extends Rect {
  leaf: number;
}

export interface PdfLayout {
  /** The page's text, one printed line a text line, blocks apart by a blank line: what every character is accounted against. */
  text: string;
  blocks: Block[];
  /** By 1-based line number of `text`; undefined for blank lines. */
  places: (LinePlace | undefined)[];
  /** The page's body type size in points: the size of most characters. */
  bodySize: number;
}

export function layoutPdfPage(page: PdfPageRuns): PdfLayout {
  const lines = buildLines(page.runs);
  const bodySize = commonSize(lines);
  const leaves = readingOrder(lines, bodySize);
  const pdfBlocks = buildPdfBlocks(leaves, bodySize);
  // What the page says outside its headlines: the evidence for a space lost at a headline's line break.
  const texts = pdfBlocks.filter((b) => b.headline === null).map((b) => b.lines.map((l) => l.text).join(""));
  const textLines: string[] = [];
  const places: (LinePlace | undefined)[] = [undefined];
  const blocks = pdfBlocks.map((b, i): Block => {
    if (i > 0) {
      textLines.push("");
      places.push(undefined);
    }
    const first = textLines.length + 1;
    b.lines.forEach((line, k) => {
      textLines.push(line.text);
      places.push({
        leaf: b.leaves[k] ?? 0,
        x: line.x0,
        y: line.top,
        w: line.x1 - line.x0,
        h: line.bottom - line.top,
      });
    });
    return toBlock(b, first, bodySize, i === 0 ? 0 : 1, b.headline === null ? [] : texts);
  });
  return { text: textLines.join("\n"), blocks, places, bodySize };
}

function toBlock(
  b: PdfBlock,
  first: number,
  bodySize: number,
  gapBefore: number,
  texts: readonly string[],
): Block {
  return {
    lines: b.lines.map((l) => l.text),
    text: joinPrinted(b.lines, texts),
    line: first,
    lastLine: first + b.lines.length - 1,
    indented: b.indented,
    gapBefore,
    typography: {
      size: round(b.size),
      scale: round(b.size / bodySize),
      bold: b.bold,
      headline: b.headline,
    },
  };
}

const round = (n: number): number => Math.round(n * 100) / 100;
const LATIN_END = /[A-Za-z0-9]$/u;
const LATIN_START = /^[A-Za-z0-9]/u;

/**
 * Printed lines joined: Chinese wraps anywhere, Latin words only at a space, which the wrap swallowed; a
 * line that ends in a space keeps it (a two-part title broken where its parts meet), and so does a
 * headline's line whose break the page's `texts` show to stand for a space (headline-breaks.ts).
 */
function joinPrinted(lines: readonly PdfLine[], texts: readonly string[]): string {
  let text = "";
  let space = false;
  for (const line of lines) {
    if (
      text.length > 0 &&
      (space ||
        (LATIN_END.test(text) && LATIN_START.test(line.text)) ||
        (texts.length > 0 && spaceAtBreak(text, line.text, texts)))
    )
      text += " ";
    text += line.text;
    space = line.trailingSpace;
  }
  return text;
}
