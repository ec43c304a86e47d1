// Places a page's items into bands, top to bottom, in reading order: within a band the cells go
// left to right, and only the rightmost cell stacks several items, so sorting item boxes by top,
// then left, always gives the gold order.
import type { Rng } from "../random.js";
import { itemWeight, type PdfItem } from "./model.js";
import type { BandShape, PageStyle } from "./variants.js";

export interface Placed {
  /** Index into the page's items. */
  item: number;
  boxed: boolean;
  /** CSS column-count of the body. */
  bodyColumns: number;
  /**
   * A captionless grey picture (no text, so no gold): across the item between headline and body
   * (`before` null), or in the body's flow before body block `before`, one column wide.
   */
  figure: { height: number; before: number | null } | null;
}

export interface Cell {
  /** Grid columns the cell spans. */
  span: number;
  items: Placed[];
}

export interface Band {
  shape: BandShape;
  cells: Cell[];
}

// A picture placeholder takes about the room of this many characters of body text (a 4:3
// picture over one 13-character column is ~10 lines); used only to balance band heights.
const PICTURE_WEIGHT = 150;
// An item's body gets a column per this many characters, up to its span, so a short item in a
// wide cell is not spread into one-line columns (about 12 lines of 13 characters).
const CHARS_PER_COLUMN = 160;
// Items shorter than this may be boxed or go in a sidebar (a brief, a commentary, a notice).
const SHORT_ITEM = 1500;
// Chosen by eye so a page has a box or two and a figure or two, not one on every item.
const BOX_SHORT = 0.3;
const FIGURE_CHANCE = 0.35;
const FIGURE_MIN_WEIGHT = 1200;
// A sidebar may run this much longer than its lead (in text per column): by eye, a little
// overhang looks like a real page, more leaves a hole under the lead.
const SIDEBAR_REACH = 1.1;

export function arrange(items: readonly PdfItem[], style: PageStyle, rng: Rng): Band[] {
  const weights = items.map((item) => itemWeight(item) + (item.kind === "picture" ? PICTURE_WEIGHT : 0));
  const bands: Band[] = [];
  let next = 0;
  let shape = style.variant.first;
  while (next < items.length) {
    const { shape: made, cells } = cellsOf(shape, next, weights, style.columns, rng);
    const placed = cells.map((c) => ({
      span: c.span,
      items: c.items.map((i) => place(i, items[i] as PdfItem, weights[i] ?? 0, c.span, bands.length, rng)),
    }));
    bands.push({ shape: made, cells: placed });
    next += cells.reduce((n, c) => n + c.items.length, 0);
    shape = pickShape(style.variant.later, rng);
  }
  return bands;
}

interface CellPlan {
  span: number;
  items: number[];
}

function cellsOf(
  shape: BandShape,
  from: number,
  weights: readonly number[],
  columns: number,
  rng: Rng,
): { shape: BandShape; cells: CellPlan[] } {
  const left = weights.length - from;
  const w = (i: number) => weights[i] ?? 0;
  const side = columns === 6 || (columns === 5 && rng.chance(0.5)) ? 2 : 1;
  const lead = columns - side;
  // A sidebar needs a short next item that ends no lower than the lead; else the band is a pair.
  const sidebarFits =
    left >= 2 && w(from + 1) <= SHORT_ITEM && w(from + 1) / side <= (SIDEBAR_REACH * w(from)) / lead;
  if (shape === "sidebar" && !sidebarFits) return cellsOf("pair", from, weights, columns, rng);
  if (shape === "sidebar") {
    const stacked = [from + 1];
    let height = w(from + 1) / side;
    // Fill the sidebar until it is about as tall as the lead, with at most three short items.
    while (stacked.length < 3 && from + 1 + stacked.length < weights.length) {
      const candidate = from + 1 + stacked.length;
      if (w(candidate) > SHORT_ITEM || height + w(candidate) / side > (SIDEBAR_REACH * w(from)) / lead) break;
      stacked.push(candidate);
      height += w(candidate) / side;
    }
    return {
      shape,
      cells: [
        { span: lead, items: [from] },
        { span: side, items: stacked },
      ],
    };
  }
  const count = shape === "triple" ? Math.min(3, left) : shape === "pair" ? Math.min(2, left) : 1;
  const indices = Array.from({ length: count }, (_, k) => from + k);
  const spans = proportionalSpans(indices.map(w), columns);
  return {
    shape: count === 1 ? "full" : count === 2 ? "pair" : "triple",
    cells: indices.map((item, k) => ({ span: spans[k] ?? 1, items: [item] })),
  };
}

/** Spans ≥ 1 summing to `columns`, in proportion to the weights, so side-by-side items end level. */
export function proportionalSpans(weights: readonly number[], columns: number): number[] {
  if (weights.length > columns) throw new Error(`${weights.length} items cannot share ${columns} columns`);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const spans = weights.map((w) => Math.max(1, Math.round((columns * w) / total)));
  const load = (j: number) => (weights[j] ?? 0) / (spans[j] ?? 1);
  for (;;) {
    const sum = spans.reduce((a, b) => a + b, 0);
    if (sum === columns) return spans;
    const order = spans.map((_, j) => j).sort((x, y) => load(x) - load(y));
    // Too wide: narrow the least loaded cell that can lose a column; too narrow: widen the most loaded.
    const j = sum > columns ? (order.find((k) => (spans[k] ?? 1) > 1) ?? 0) : (order.at(-1) ?? 0);
    spans[j] = (spans[j] ?? 1) + (sum > columns ? -1 : 1);
  }
}

function place(index: number, item: PdfItem, weight: number, span: number, band: number, rng: Rng): Placed {
  const boxed =
    item.kind === "toc" || item.kind === "ad" || (band > 0 && weight < SHORT_ITEM && rng.chance(BOX_SHORT));
  let bodyColumns = Math.max(1, Math.min(span, Math.ceil(weight / CHARS_PER_COLUMN)));
  // Now and then a wide body sets fewer, wider columns than the grid (as papers do for a lead).
  if (bodyColumns >= 4 && rng.chance(0.25)) bodyColumns -= 1;
  const figure =
    item.kind === "article" && span >= 2 && weight >= FIGURE_MIN_WEIGHT && rng.chance(FIGURE_CHANCE)
      ? {
          height: rng.int(120, 240),
          before: rng.chance(0.5) ? null : rng.int(0, Math.max(0, item.body.length - 1)),
        }
      : null;
  return { item: index, boxed, bodyColumns: item.kind === "article" ? bodyColumns : 1, figure };
}

function pickShape(weights: Partial<Record<BandShape, number>>, rng: Rng): BandShape {
  const entries = Object.entries(weights) as [BandShape, number][];
  const total = entries.reduce((n, [, w]) => n + w, 0);
  let at = rng.next() * total;
  for (const [shape, w] of entries) {
    at -= w;
    if (at < 0) return shape;
  }
  return entries[0]?.[0] ?? "full";
}
