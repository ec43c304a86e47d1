// The layout-neutral draft of a page: each item as a list of runs (headline lines, paragraph text,
// jump lines, inserted duplicates), before a layout turns the runs into lines.

export type Run =
  /** A kicker, title or subtitle line. */
  | { kind: "headline"; text: string }
  /**
   * Body text: a whole paragraph or part of one (indent false: it continues a paragraph, after a
   * mid-paragraph jump cut or a column split). A jump line may be glued before or after it.
   */
  | { kind: "text"; text: string; indent: boolean; prefix?: string; suffix?: string; split?: boolean }
  /** A jump line on its own line. */
  | { kind: "jump"; text: string }
  /** A fragment repeated by overlapping text blocks. */
  | { kind: "duplicate"; text: string };

export interface Draft {
  header: string | null;
  items: Run[][];
}
