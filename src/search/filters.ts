// The non-text parts of a SearchQuery, checked and resolved once for every implementation: dates to day
// numbers (a year or a month may stand for its whole span), names folded, paging bounded.
import type { ArticleKind } from "../model/index.js";
import { authorKey } from "./columns.js";
import type { SearchQuery } from "./contract.js";
import { dayOf, FIRST_YEAR, LAST_DAY, LAST_YEAR } from "./rowid.js";

/** A filter or paging value no search can use (not the query text: that never fails). */
export class SearchInputError extends Error {
  override name = "SearchInputError";
}

export interface Filters {
  /** Inclusive day numbers (rowid.ts's dayOf). */
  firstDay?: number;
  lastDay?: number;
  paper?: string;
  page?: number;
  kind?: ArticleKind;
  /** authorKey() of the name. */
  author?: string;
  limit: number;
  offset: number;
}

export const DEFAULT_LIMIT = 20;
/** One page of hits carries at most this many: snippets are made per hit. */
export const MAX_LIMIT = 1000;
const KINDS = new Set<string>(["article", "photo", "toc", "notice", "other"]);

/**
 * The date key (rowid.ts) of the first or last day of YYYY, YYYY-MM or YYYY-MM-DD; dates before 1850 or after
 * 2105, which the index cannot hold, are clamped to its ends.
 */
export function resolveDate(value: string, end: "first" | "last"): number {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  const year = Number(m?.[1]);
  const month = m?.[2] === undefined ? (end === "first" ? 1 : 12) : Number(m[2]);
  const lastOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m?.[3] === undefined ? (end === "first" ? 1 : lastOfMonth) : Number(m[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > lastOfMonth) {
    throw new SearchInputError(`not a date: '${value}' (use YYYY-MM-DD, YYYY-MM or YYYY)`);
  }
  if (year < FIRST_YEAR) return 0;
  if (year > LAST_YEAR) return LAST_DAY;
  const iso = `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return dayOf(iso) as number;
}

function wholeNumber(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new SearchInputError(`${name} must be a whole number ≥ ${min}, not ${value}`);
  }
  return value;
}

export function resolveFilters(query: SearchQuery): Filters {
  const filters: Filters = {
    limit: Math.min(MAX_LIMIT, wholeNumber("limit", query.limit ?? DEFAULT_LIMIT, 0)),
    offset: wholeNumber("offset", query.offset ?? 0, 0),
  };
  if (query.from !== undefined && query.from !== "") filters.firstDay = resolveDate(query.from, "first");
  if (query.to !== undefined && query.to !== "") filters.lastDay = resolveDate(query.to, "last");
  if (query.paper !== undefined && query.paper !== "") filters.paper = query.paper;
  if (query.page !== undefined) filters.page = wholeNumber("page", query.page, 0);
  if (query.kind !== undefined) {
    if (!KINDS.has(query.kind)) throw new SearchInputError(`kind must be one of ${[...KINDS].join(", ")}`);
    filters.kind = query.kind;
  }
  if (query.author !== undefined && authorKey(query.author) !== "") filters.author = authorKey(query.author);
  return filters;
}
