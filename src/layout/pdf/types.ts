// The shapes of PDF layout analysis: glyph runs from a text layer, the lines and regions built from
// them. Coordinates are PDF points (1/72 inch) from the page's top-left corner, y growing downwards.

/** A run of glyphs set in one font on one baseline, as a PDF text layer gives it. */
export interface GlyphRun {
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  /** Advance width along the baseline. */
  width: number;
  /** Font size (em height). */
  size: number;
  /** The reader's name for the font: runs in one font share it. */
  font: string;
  /** Whether the font is a bold face; false where the PDF does not say. */
  bold: boolean;
  /** Set along a vertical or rotated baseline: read as printed, never joined to horizontal lines. */
  rotated?: boolean;
}

/** A rectangle on a page, in PDF points from the page's top-left corner. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One printed line: runs side by side on one baseline, with no column gap between them. */
export interface PdfLine {
  text: string;
  /** Left, right, top and bottom edges. */
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** Font size of most of the line's characters, and whether most of them are bold. */
  size: number;
  bold: boolean;
  /** The line ends in a space (a headline broken at the space between its two parts). */
  trailingSpace: boolean;
  runs: GlyphRun[];
}

/** The page as the layout sees it. */
export interface PdfPageRuns {
  /** 1-based index of the page in its file. */
  index: number;
  width: number;
  height: number;
  runs: GlyphRun[];
}
