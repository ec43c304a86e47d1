// How a printed page may look: named arrangements of items into bands, and the page style drawn
// from the seed (columns, widths, type sizes), so a parser cannot lean on one layout.
import type { Rng } from "../random.js";

/** How the items of one band sit: see BAND_SHAPES. */
export type BandShape = "full" | "pair" | "triple" | "sidebar";

export const BAND_SHAPES: Readonly<Record<BandShape, string>> = {
  full: "one item across every column, its body in balanced columns",
  pair: "two items side by side, column spans in proportion to their length",
  triple: "three items side by side, spans in proportion to their length",
  sidebar: "a lead item over all but one or two columns, the next short items stacked on its right",
};

export interface Variant {
  name: string;
  /** The first band's shape (the page's lead). */
  first: BandShape;
  /** Relative weights of the shapes of every later band. */
  later: Partial<Record<BandShape, number>>;
}

export const VARIANTS: readonly Variant[] = [
  // Every item full width, one under the other: a page of long reports (人民日报's 理论 pages).
  { name: "stacked", first: "full", later: { full: 1 } },
  // A lead story with a sidebar of briefs, then a mix: the usual front page.
  { name: "lead-sidebar", first: "sidebar", later: { full: 2, pair: 2, sidebar: 1 } },
  // Bands of two or three stories next to each other: a news page with many short items.
  { name: "side-by-side", first: "pair", later: { pair: 3, triple: 2 } },
  // A full-width lead, then any shape: the catch-all.
  { name: "mixed", first: "full", later: { full: 1, pair: 2, triple: 1, sidebar: 1 } },
];

export interface PageStyle {
  variant: Variant;
  /** Grid columns of the page. */
  columns: 4 | 5 | 6;
  /** Width of one grid column and the gap between columns, CSS px. */
  columnWidth: number;
  gap: number;
  /** Page margin, CSS px. */
  margin: number;
  /** Body type, CSS px (12.5–13.5 px is 9.4–10.1 pt), and its line height. */
  bodySize: number;
  lineHeight: number;
  /** Multiplies every headline size. */
  titleScale: number;
  titleAlign: "center" | "left";
  /** Thin rules between side-by-side cells and between body columns. */
  rules: boolean;
}

/**
 * The page's look, from its style stream. Ranges chosen by eye on printed pages: columns of
 * 150–190 px at 12.5–13.5 px type hold 11–15 characters a line, like 人民日报's 12–14.
 */
export function pageStyle(rng: Rng): PageStyle {
  return {
    variant: rng.pick(VARIANTS),
    columns: rng.pick([4, 5, 6] as const),
    columnWidth: rng.int(150, 190),
    gap: rng.int(14, 22),
    margin: rng.int(24, 40),
    bodySize: rng.pick([12.5, 13, 13.5]),
    lineHeight: rng.pick([1.5, 1.55, 1.6, 1.65]),
    titleScale: 0.85 + 0.3 * rng.next(),
    titleAlign: rng.chance(0.7) ? "center" : "left",
    rules: rng.chance(0.75),
  };
}

export function pageWidth(style: PageStyle): number {
  return style.columns * style.columnWidth + (style.columns - 1) * style.gap + 2 * style.margin;
}
