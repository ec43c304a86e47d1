// The shapes evaluation reads (gold pages, where any scored field may be unknown) and writes (the report).
// A gold field that is absent is not scored; a gold field that is null means "known empty" and is scored.
import type { Article, Page, Removal } from "../model/index.js";

/** Article fields a gold source may leave out because it cannot know them (corpus gold has no bylines). */
type UnknowableField =
  | "kind"
  | "label"
  | "kicker"
  | "title"
  | "subtitle"
  | "dateline"
  | "authors"
  | "editorNote"
  | "continuesOn"
  | "continuedFrom";

export type GoldArticle = Omit<Article, UnknowableField> & Partial<Pick<Article, UnknowableField>>;

export type GoldPage = Omit<
  Page,
  "paper" | "date" | "page" | "pageName" | "articles" | "removed" | "messages"
> &
  Partial<Pick<Page, "paper" | "date" | "page" | "pageName" | "messages">> & {
    articles: GoldArticle[];
    /** Absent: duplicate removal is not scored on this page. */
    removed?: Removal[];
  };

/** The article fields scored by accuracy, in report order. */
export const FIELD_NAMES = [
  "kind",
  "label",
  "kicker",
  "title",
  "subtitle",
  "dateline",
  "authors",
  "editorNote",
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** Accuracy counts: `correct` of `total` scored gold values. */
export interface Count {
  correct: number;
  total: number;
}

/** Retrieval counts: precision = matched/predicted, recall = matched/gold. */
export interface Retrieval {
  matched: number;
  gold: number;
  predicted: number;
}

export interface BodyScore {
  /** Matched article pairs. */
  pairs: number;
  /** Sum of body Dice over the pairs (mean = diceSum / pairs). */
  diceSum: number;
  /** Pairs with Dice exactly 1. */
  exact: number;
  /** Pairs with Dice ≥ 0.99, the bar for a perfect page. */
  close: number;
}

export interface JumpScore {
  /** Non-null gold jump values (continuesOn and continuedFrom count separately). */
  gold: number;
  /** Of those, predicted equal on the matched article. */
  found: number;
  /** Scored non-null predicted jump values. */
  predicted: number;
  /** Of those, equal to the gold value. */
  correct: number;
  /** Predicted jumps where gold has null or the article has no gold match; the gate wants 0. */
  falseLinks: number;
}

export interface TocScore extends Retrieval {
  /** Matched entries whose kicker, subtitle and page are also equal. */
  exact: number;
}

export interface PageScores {
  articles: Retrieval;
  fields: Record<FieldName, Count>;
  body: BodyScore;
  jumps: JumpScore;
  duplicates: Retrieval;
  toc: TocScore;
  /** Pages: 1 of 1 when this page is perfect; summed, perfect pages of all pages. */
  perfect: Count;
}

/** One wrong value, for debugging: which field of which article, gold against predicted. */
export interface Mismatch {
  field: string;
  article: string;
  gold: string;
  pred: string;
}

export interface PageReport {
  /** The basename that paired gold and prediction. */
  file: string;
  /** False when no predicted page had this basename: the page is scored as fully missed. */
  predicted: boolean;
  perfect: boolean;
  scores: PageScores;
  /** Gold articles with no match, by title (or kind and opening words). */
  missed: string[];
  /** Predicted articles with no match. */
  spurious: string[];
  /** The first mismatches on the page; `omitted` counts the rest. */
  mismatches: Mismatch[];
  omitted: number;
}

export interface EvalReport {
  pages: PageReport[];
  totals: PageScores;
  /** Predicted pages no gold page pairs with; not scored. */
  ignored: string[];
  warnings: string[];
}
