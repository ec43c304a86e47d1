// Lines in reading order → blocks: paragraphs (a new one at an indented line or after a line that stops
// short of its column), headline lines (a change of type size), each with its typography. A paragraph
// goes on into the next column when its last line fills the column and the next column does not indent.
import { SENTENCE_MARK } from "../../text/index.js";
import { ORDER } from "./order.js";
import type { PdfLine } from "./types.js";

export interface PdfBlock {
  lines: PdfLine[];
  /** Index of the leaf (column piece) of each line. */
  leaves: number[];
  /** The first line starts in from its column's left edge (a paragraph's first-line indent). */
  indented: boolean;
  /** Font size of most of the block's characters, and whether most are bold. */
  size: number;
  bold: boolean;
  /** Display type (titles) or text set close to it in one headline (kicker, subtitle): its number on the page. */
  headline: number | null;
}

/** Thresholds in ems of the line's own size, read off the test pages. */
const BLOCK = {
  // First-line indents are 2 em; centred or right-aligned lines start further in.
  indent: 1.2,
  // A line that stops this far short of its column's right edge ends its paragraph.
  short: 0.8,
  // Sizes within this share of each other are one size (rounding in the text layer).
  sameSize: 0.06,
  // Line pitch within one paragraph or headline: line heights of 1.25–1.65.
  maxPitch: 1.9,
  // A headline's kicker or subtitle sits at most this many body ems from the display line, or this share
  // of the larger type's size (a 31 pt title stands 12 pt above its subtitle on the test pages).
  headGap: 1.0,
  headGapOfSize: 0.6,
} as const;

interface Leaf {
  lines: PdfLine[];
  left: number;
  right: number;
  /** Set justified: lines that fill the column, so one that stops short ends its paragraph. */
  justified: boolean;
}

// A leaf is justified text when this many of its lines reach its right edge; a contents box or a
// caption is set ragged, and there a short line ends nothing.
const JUSTIFIED_LINES = 3;

export function buildPdfBlocks(leaves: readonly PdfLine[][], bodySize: number): PdfBlock[] {
  const frames: Leaf[] = leaves.map((lines) => {
    const right = Math.max(...lines.map((l) => l.x1));
    return {
      lines,
      left: Math.min(...lines.map((l) => l.x0)),
      right,
      justified: lines.filter((l) => l.x1 >= right - 0.5 * l.size).length >= JUSTIFIED_LINES,
    };
  });
  const blocks: PdfBlock[] = [];
  let current: PdfBlock | null = null;
  let prev: { line: PdfLine; leaf: number } | null = null;
  frames.forEach((leaf, li) => {
    for (const line of leaf.lines) {
      if (
        current !== null &&
        prev !== null &&
        continues(prev.line, frames[prev.leaf] as Leaf, line, leaf, prev.leaf === li, bodySize)
      ) {
        current.lines.push(line);
        current.leaves.push(li);
      } else {
        current = {
          lines: [line],
          leaves: [li],
          indented: line.x0 - leaf.left >= BLOCK.indent * line.size && !isCentred(line, leaf),
          size: line.size,
          bold: line.bold,
          headline: null,
        };
        blocks.push(current);
      }
      prev = { line, leaf: li };
    }
  });
  markHeadlines(blocks, bodySize);
  return blocks;
}

const isDisplay = (size: number, bodySize: number): boolean => size >= ORDER.display * bodySize;

function isCentred(line: PdfLine, leaf: Leaf): boolean {
  const inset = 0.5 * line.size;
  return (
    line.x0 > leaf.left + inset &&
    line.x1 < leaf.right - inset &&
    Math.abs((line.x0 + line.x1) / 2 - (leaf.left + leaf.right) / 2) < 0.6 * line.size
  );
}

// Paragraphs are indented 2 em; a line starting within this many ems of that is set at the indent.
const INDENT_EMS = 2;
const INDENT_TOLERANCE = 0.3;

const atIndent = (line: PdfLine, leaf: Leaf): boolean =>
  Math.abs(line.x0 - leaf.left - INDENT_EMS * line.size) < INDENT_TOLERANCE * line.size;

function continues(
  p: PdfLine,
  pLeaf: Leaf,
  line: PdfLine,
  leaf: Leaf,
  sameLeaf: boolean,
  bodySize: number,
): boolean {
  if (Math.abs(line.size - p.size) > BLOCK.sameSize * Math.max(line.size, p.size)) return false;
  if (line.bold !== p.bold) return false;
  const pitchOk = line.baseline > p.baseline && line.baseline - p.baseline <= BLOCK.maxPitch * line.size;
  if (isDisplay(line.size, bodySize)) return sameLeaf && pitchOk;
  const indented = line.x0 - leaf.left >= BLOCK.indent * line.size;
  const pShort = pLeaf.justified && p.x1 < pLeaf.right - BLOCK.short * p.size;
  if (sameLeaf) {
    if (!pitchOk) return false;
    // Wrapped centred text (a kicker or subtitle over two lines) goes on whatever the widths; a short
    // line set in at a paragraph's indent is a paragraph, though it may stand near the middle (a credit
    // under a caption, 新华社记者 某某摄, indented like the text above it).
    if (isCentred(line, leaf) && !atIndent(line, leaf) && (isCentred(p, leaf) || !pShort)) return true;
    return !indented && !pShort;
  }
  // Into the next column: a full last line (whether or not its leaf is set justified: a short paragraph
  // of a few lines, one of them full, ends where its last line stops), an unindented first line, columns
  // of one width, and no headline opening the column.
  return (
    p.x1 >= pLeaf.right - BLOCK.short * p.size &&
    line.x0 - leaf.left < 0.5 * line.size &&
    Math.abs(leaf.right - leaf.left - (pLeaf.right - pLeaf.left)) < line.size &&
    !(line === leaf.lines[0] && opensWithKicker(leaf, bodySize))
  );
}

/**
 * The column opens with a kicker in body type: up to MAX_HEAD_TEXT_LINES lines without sentence punctuation,
 * each centred over the display line that follows at a headline's gap or flush with its left edge. A
 * paragraph from the column before does not go on into them, though its last line fills its column (one
 * corpus page printed with seed 2: a paragraph's last line one character short of full, then at the next
 * column's top a kicker's full first line, its centred second line and the title; blocks.test.ts has the same
 * set with made-up text).
 */
function opensWithKicker(leaf: Leaf, bodySize: number): boolean {
  const at = leaf.lines.findIndex((l) => isDisplay(l.size, bodySize));
  const display = leaf.lines[at];
  if (display === undefined || at < 1 || at > MAX_HEAD_TEXT_LINES) return false;
  const kicker = leaf.lines.slice(0, at);
  const last = kicker.at(-1) as PdfLine;
  const most = Math.max(BLOCK.headGap * bodySize, BLOCK.headGapOfSize * display.size);
  const centre = (display.x0 + display.x1) / 2;
  return (
    display.top - last.bottom <= most &&
    !SENTENCE_MARK.test(kicker.map((l) => l.text).join("")) &&
    kicker.every(
      (l) =>
        Math.abs((l.x0 + l.x1) / 2 - centre) < HEAD_ALIGN * bodySize ||
        Math.abs(l.x0 - display.x0) < HEAD_ALIGN * bodySize,
    )
  );
}

// A kicker or subtitle runs to a few lines (the longest deck on the test pages: 4 lines, 120 characters);
// a longer unindented block under a title is a paragraph going on from another page (（上接第1版）…).
const MAX_HEAD_TEXT_LINES = 4;

/**
 * Unindented, short enough to be a kicker or a subtitle, and set like the display line: every line
 * centred under it, or flush with its left edge. A caption under a picture's title starts at the left.
 */
function headText(b: PdfBlock, display: PdfBlock, bodySize: number): boolean {
  if (b.indented || b.lines.length > MAX_HEAD_TEXT_LINES) return false;
  const d0 = Math.min(...display.lines.map((l) => l.x0));
  const d1 = Math.max(...display.lines.map((l) => l.x1));
  return b.lines.every(
    (l) =>
      Math.abs((l.x0 + l.x1) / 2 - (d0 + d1) / 2) < HEAD_ALIGN * bodySize ||
      Math.abs(l.x0 - d0) < HEAD_ALIGN * bodySize,
  );
}

// How far a kicker's or subtitle's line may sit off the title's centre or left edge, in body ems.
const HEAD_ALIGN = 1.5;

/**
 * Display type makes a headline; text set right above it (a kicker) or right below it (a subtitle),
 * overlapping it across, belongs to the same headline. A body's first paragraph sits further down.
 */
function markHeadlines(blocks: PdfBlock[], bodySize: number): void {
  let n = 0;
  const top = (b: PdfBlock) => Math.min(...b.lines.map((l) => l.top));
  const bottom = (b: PdfBlock) => Math.max(...b.lines.map((l) => l.bottom));
  const x0 = (b: PdfBlock) => Math.min(...b.lines.map((l) => l.x0));
  const x1 = (b: PdfBlock) => Math.max(...b.lines.map((l) => l.x1));
  const near = (upper: PdfBlock, lower: PdfBlock) => {
    const gap = top(lower) - bottom(upper);
    // Large type is set with more space around it: the gap scales with the larger of the two sizes.
    const most = Math.max(BLOCK.headGap * bodySize, BLOCK.headGapOfSize * Math.max(upper.size, lower.size));
    return gap > -0.2 * bodySize && gap <= most && x0(upper) < x1(lower) && x0(lower) < x1(upper);
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as PdfBlock;
    if (!isDisplay(b.size, bodySize)) continue;
    const prevBlock = blocks[i - 1];
    if (prevBlock?.headline !== null && prevBlock !== undefined && near(prevBlock, b))
      b.headline = prevBlock.headline;
    else b.headline = ++n;
    // Text right above: a kicker (unless it already belongs to another headline).
    for (let k = i - 1; k >= 0; k--) {
      const above = blocks[k] as PdfBlock;
      if (above.headline !== null || !headText(above, b, bodySize) || !near(above, blocks[k + 1] as PdfBlock))
        break;
      above.headline = b.headline;
    }
    // Text right below: a subtitle, a second deck line.
    for (let k = i + 1; k < blocks.length; k++) {
      const below = blocks[k] as PdfBlock;
      if (
        isDisplay(below.size, bodySize) ||
        !headText(below, b, bodySize) ||
        !near(blocks[k - 1] as PdfBlock, below)
      )
        break;
      below.headline = b.headline;
      i = k;
    }
  }
}
