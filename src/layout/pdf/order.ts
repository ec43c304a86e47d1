// Reading order of a page's lines: a recursive XY-cut. A page splits where white space crosses it from
// edge to edge: wide horizontal gaps first (rows of items: bands, a masthead), then vertical gaps (items
// side by side, then the columns of one body), then narrower horizontal gaps (a headline over its body).
// What is left is a leaf: lines stacked in one column, read top to bottom. Pure.
import type { PdfLine } from "./types.js";

/** Size thresholds in units of the page's body size. */
export const ORDER = {
  // Type at least this much larger than the body is display type (titles; kickers often stay body size).
  // Titles on the test pages are ≥ 1.15 × body; bold subheads and credits are ≤ 1.0.
  display: 1.12,
  // A horizontal gap this tall separates rows of items: band gaps on the test pages are ≥ 2.2 em,
  // the gaps inside an item (headline to body) ≤ 1.4 em, stacked items in one cell 1.6–1.8 em.
  bandGap: 1.9,
  // Narrowest horizontal gap that still separates blocks: lines of a paragraph sit 0.5–0.65 em apart.
  rowGap: 0.85,
  // ... and in ems of the smaller of the two lines around the gap: the lines of one display headline sit
  // 0.25 em of their own size apart (line height 1.25), which in body ems is 0.86 for a 33.7 pt title
  // over 9.7 pt body, enough for a row gap (seed 2 split three two-line titles that way). Swept 0.3, 0.4,
  // 0.5 on the PDF pages of seeds 1 and 2: the same figures; a title over its subtitle or body is
  // measured in their smaller type, so only display lines over display lines are kept together.
  rowGapOfSize: 0.4,
  // Narrowest vertical gap between columns: column gaps are ≥ 1.04 em, word spaces < 0.5 em.
  columnGap: 0.8,
  // How far below a headline the first lines of its body may start (subtitle, credit, editor's note
  // between): the columns that start within this reach belong to the headline above.
  headReach: 8,
  // Captions are set smaller than the body: 0.88 em on the test pages, credits 0.95, jump lines 0.85;
  // caption type is below this share of the body size (halfway between captions and credits, not swept).
  caption: 0.92,
  // ... or this far, where nothing at all is printed between the headline and the column's first line
  // across the column: a picture set at the column's head (seed 1 had two items so, 20 em and more
  // below). Swept 20, 30, 40 on the PDF pages of seeds 1 and 2: 20 left one of them; 30 and 40 the same.
  pictureReach: 30,
} as const;

interface Box {
  line: PdfLine;
  /** Horizontal extent used for vertical cuts: a headline is widened over the columns of its body. */
  x0: number;
  x1: number;
}

/** Lines in reading order, grouped into leaves (one column each). */
export function readingOrder(lines: readonly PdfLine[], bodySize: number): PdfLine[][] {
  const boxes = widenHeads(lines, bodySize);
  const leaves: PdfLine[][] = [];
  cut(boxes, bodySize, leaves);
  return leaves;
}

function cut(boxes: Box[], s: number, out: PdfLine[][]): void {
  if (boxes.length === 0) return;
  if (boxes.length === 1) {
    out.push([(boxes[0] as Box).line]);
    return;
  }
  const rows = horizontalGaps(boxes);
  // 1. A row of parts spread along the top (a masthead: paper, date, weekday, page) stands apart first,
  //    and reads as one line.
  if (rows.length === 0 && isSpreadRow(boxes, s)) {
    out.push([mergeRow(boxes.map((b) => b.line))]);
    return;
  }
  const first = rows[0];
  if (first !== undefined && first.size >= ORDER.rowGap * s && isSpreadRow(above(boxes, first.at), s)) {
    splitAt(boxes, first.at, s, out);
    return;
  }
  // 2. Wide horizontal gaps: rows of items; not the picture between a picture's title and its caption
  //    (items beside it may end above the caption: the columns then come first).
  const band = widest(rows.filter((g) => g.size >= ORDER.bandGap * s && !captionUnder(boxes, g, s)));
  if (band !== null) {
    splitAt(boxes, band.at, s, out);
    return;
  }
  // 3. Vertical gaps: items side by side, columns of a body; all at once, left to right.
  const cols = verticalGaps(boxes).filter((g) => g.size >= ORDER.columnGap * s);
  if (cols.length > 0) {
    const strips: Box[][] = cols.map(() => []);
    strips.push([]);
    for (const b of boxes) {
      const k = cols.findIndex((g) => b.x1 <= g.at);
      (strips[k === -1 ? cols.length : k] as Box[]).push(b);
    }
    for (const strip of strips) cut(strip, s, out);
    return;
  }
  // 4. Narrower horizontal gaps: a headline over its body, a picture's caption under it; never between
  //    the lines of one headline.
  const row = widest(rows.filter((g) => g.size >= ORDER.rowGap * s && g.size >= ORDER.rowGapOfSize * g.type));
  if (row !== null) {
    splitAt(boxes, row.at, s, out);
    return;
  }
  // 5. A leaf: one column, top to bottom.
  out.push(boxes.map((b) => b.line).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0));
}

function splitAt(boxes: readonly Box[], y: number, s: number, out: PdfLine[][]): void {
  cut(
    boxes.filter((b) => b.line.bottom <= y),
    s,
    out,
  );
  cut(
    boxes.filter((b) => b.line.bottom > y),
    s,
    out,
  );
}

interface Gap {
  /** Where to cut: the middle of the gap. */
  at: number;
  size: number;
  /** Horizontal gaps: the smaller type size of the lines right above and below it. */
  type: number;
}

function widest(gaps: readonly Gap[]): Gap | null {
  return gaps.reduce<Gap | null>((best, g) => (best === null || g.size > best.size ? g : best), null);
}

function horizontalGaps(boxes: readonly Box[]): Gap[] {
  const sorted = boxes.slice().sort((a, b) => a.line.top - b.line.top);
  const gaps: Gap[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  let last: PdfLine | null = null;
  for (const b of sorted) {
    if (last !== null && b.line.top > reach)
      gaps.push({
        at: (reach + b.line.top) / 2,
        size: b.line.top - reach,
        type: Math.min(last.size, b.line.size),
      });
    if (b.line.bottom > reach) {
      reach = b.line.bottom;
      last = b.line;
    }
  }
  return gaps;
}

function verticalGaps(boxes: readonly Box[]): Gap[] {
  const sorted = boxes.slice().sort((a, b) => a.x0 - b.x0);
  const gaps: Gap[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const b of sorted) {
    if (reach > Number.NEGATIVE_INFINITY && b.x0 > reach)
      gaps.push({ at: (reach + b.x0) / 2, size: b.x0 - reach, type: 0 });
    reach = Math.max(reach, b.x1);
  }
  return gaps;
}

const above = (boxes: readonly Box[], y: number): Box[] => boxes.filter((b) => b.line.bottom <= y);

// A masthead prints paper, date, weekday and page apart along one line; two parts side by side are more
// likely two items' lines.
const MIN_ROW_PARTS = 3;

/** Three or more parts in text type on one baseline, with wide gaps between them. */
function isSpreadRow(row: readonly Box[], s: number): boolean {
  if (row.length < MIN_ROW_PARTS) return false;
  const base = (row[0] as Box).line.baseline;
  return row.every(
    (b) => Math.abs(b.line.baseline - base) < 0.3 * b.line.size && b.line.size < ORDER.display * s,
  );
}

/** Parts of one row as one line, two spaces apart (as a text page prints a header line). */
function mergeRow(parts: readonly PdfLine[]): PdfLine {
  const sorted = parts.slice().sort((a, b) => a.x0 - b.x0);
  const first = sorted[0] as PdfLine;
  return {
    ...first,
    text: sorted.map((l) => l.text).join("  "),
    x0: first.x0,
    x1: Math.max(...sorted.map((l) => l.x1)),
    top: Math.min(...sorted.map((l) => l.top)),
    bottom: Math.max(...sorted.map((l) => l.bottom)),
    size: Math.max(...sorted.map((l) => l.size)),
    runs: sorted.flatMap((l) => l.runs),
    trailingSpace: sorted[sorted.length - 1]?.trailingSpace ?? false,
  };
}

const centre = (l: PdfLine): number => (l.x0 + l.x1) / 2;

// A line may end in a punctuation mark hanging past its column's edge by up to half an em (Noto CJK
// pages: a closing quote 0.53 em out, leaving 0.64 em to the next column, under the column gap).
const HANGING = /[”’」』）》，。、；：！？]$/u;
const HANG = 0.5;
const hang = (l: PdfLine): number => (HANGING.test(l.text) ? HANG * l.size : 0);

// A left-aligned headline starts where a column's unindented lines start, within this many body ems.
// Was 0.5: a centred title that happened to start 0.41 em right of a column's edge read as left-aligned
// (seed 2, rmrb-2020-05-07-p05). Tried 0.5 and 0.25 on the PDF pages of seeds 1 and 2: 0.25 fixed that
// page and changed no other.
const FLUSH = 0.25;

/**
 * The headline may be centred over a body that reaches out to `left` on its left: it does not start
 * flush with a column under it (as a left-aligned headline does), and the text under it reaches as far
 * right of its centre as `left` lies left of it.
 */
function centredOver(byTop: readonly Box[], head: PdfLine, left: PdfLine, reach: number, s: number): boolean {
  let right = head.x1;
  let flush = false;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const b of byTop) {
    const l = b.line;
    if (l.top < head.bottom || l.size >= ORDER.display * s) continue;
    if (l.top > head.bottom + reach) break;
    flush ||= Math.abs(l.x0 - head.x0) < FLUSH * s;
    min = Math.min(min, l.x0);
    max = Math.max(max, l.x1);
    if (l.x0 <= right + reach) right = Math.max(right, l.x1);
  }
  // Centred over everything under it (the one item of its row), whatever its edges line up with.
  const level = byTop.some(
    (b) =>
      b.line !== head &&
      b.line.size >= ORDER.display * s &&
      b.line.top < head.bottom + 2 * s &&
      b.line.bottom > head.top - 2 * s &&
      (b.line.x1 < head.x0 || b.line.x0 > head.x1),
  );
  if (!level && Math.abs(centre(head) - (min + max) / 2) < s) return true;
  return !flush && right >= 2 * centre(head) - left.x0 - s;
}

/** Text set right under a headline, across it: a subtitle. */
function setUnder(text: PdfLine, head: PdfLine, s: number): boolean {
  const gap = text.top - head.bottom;
  return gap > -0.1 * s && gap < HEAD_TEXT_GAP * s && text.x0 < head.x1 && text.x1 > head.x0;
}

// How far under a headline its subtitle (one or two lines) may reach, in body ems.
const HEAD_TEXT_GAP = 4;

/**
 * A headline is set over the columns of its body, but a short centred title covers only the middle ones.
 * Each column's first line is given to the nearest headline above it, over it or over to its right
 * (nearest down the page, then across), and the headline's extent grows to cover it, so no vertical cut
 * separates a title from the outer columns on its left. Columns on its right need no claim.
 */
function widenHeads(lines: readonly PdfLine[], s: number): Box[] {
  const boxes: Box[] = lines.map((line) => ({ line, x0: line.x0, x1: line.x1 - hang(line) }));
  const heads = boxes.filter((b) => b.line.size >= ORDER.display * s);
  if (heads.length === 0) return boxes;
  const byTop = boxes.slice().sort((a, b) => a.line.top - b.line.top);
  const reach = ORDER.headReach * s;
  for (let i = 0; i < byTop.length; i++) {
    const b = byTop[i] as Box;
    const l = b.line;
    if (l.size >= ORDER.display * s) continue;
    // The lowest bottom of what is printed above the line across its width, within reach.
    let ceiling = Number.NEGATIVE_INFINITY;
    let under: PdfLine | null = null;
    for (let k = i - 1; k >= 0; k--) {
      const o = (byTop[k] as Box).line;
      if (o.top < l.top - reach - 4 * s) break;
      if (o.bottom <= l.top + 0.1 * s && o.x0 < l.x1 && o.x1 > l.x0 && o.bottom > ceiling) {
        ceiling = o.bottom;
        under = o;
      }
    }
    // Not a column's first line: more text of the column right above it.
    if (l.top - ceiling < ORDER.rowGap * 1.5 * s) continue;
    let best: Box | null = null;
    let bestKey: [number, number] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    for (const h of heads) {
      const down = l.top - h.line.bottom;
      // Within reach, and nothing printed between the headline and the line but the headline's own
      // subtitle (text set right under it).
      if (down < -0.1 * s || (down > reach && !(down <= ORDER.pictureReach * s && clear(byTop, l, h.line))))
        continue;
      if (h.line.bottom < ceiling - 0.1 * s && !(under !== null && setUnder(under, h.line, s))) continue;
      const across = Math.max(0, h.line.x0 - l.x1, l.x0 - h.line.x1);
      // A column left of a headline is its own only if the headline is centred over its body: the body
      // reaches as far right of it as the column lies left (a left-aligned headline owns none on its left).
      if (l.x1 <= h.line.x0 && !centredOver(byTop, h.line, l, reach, s)) continue;
      // A column right of a headline is never claimed: strips read left to right, so the title's strip
      // comes before it anyway, and a claim would bridge the gap to the item beside it (a narrow item's
      // title, nearer than the wide title centred over the column, took it on seed 2, rmrb-2020-01-01-p03).
      if (l.x0 >= h.line.x1) continue;
      // A headline right over the line wins; else the nearest, down plus across.
      const key: [number, number] = across === 0 ? [-1, down] : [0, down + across];
      if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
        best = h;
        bestKey = key;
      }
    }
    if (best !== null) {
      best.x0 = Math.min(best.x0, l.x0);
      best.x1 = Math.max(best.x1, l.x1);
    }
  }
  return boxes;
}

/** Nothing is printed between the headline and the line, across the line's width. */
function clear(byTop: readonly Box[], line: PdfLine, head: PdfLine): boolean {
  return !byTop.some(
    (b) =>
      b.line !== line &&
      b.line.bottom > head.bottom &&
      b.line.top < line.top &&
      b.line.x0 < line.x1 &&
      b.line.x1 > line.x0,
  );
}

/**
 * The lines right under the gap are in caption type, and the nearest line above them across their width
 * is display type: a picture's title over the picture (no text) over its caption, one item.
 */
function captionUnder(boxes: readonly Box[], gap: Gap, s: number): boolean {
  const bottom = gap.at + gap.size / 2;
  const under = boxes.filter((b) => b.line.top >= bottom - 0.1 * s && b.line.top < bottom + 2 * s);
  if (under.length === 0 || under.some((b) => b.line.size >= ORDER.caption * s)) return false;
  const x0 = Math.min(...under.map((b) => b.line.x0));
  const x1 = Math.max(...under.map((b) => b.line.x1));
  let nearest: PdfLine | null = null;
  for (const b of boxes) {
    const l = b.line;
    if (l.bottom <= bottom && l.x0 < x1 && l.x1 > x0 && (nearest === null || l.bottom > nearest.bottom))
      nearest = l;
  }
  return nearest !== null && nearest.size >= ORDER.display * s;
}
