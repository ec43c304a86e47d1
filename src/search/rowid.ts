// The index's rowids carry the filter and facet fields, so that date ranges, paper, page and kind filters and
// all three facets are answered from the full-text index alone, without a lookup per matching article:
//   year − 1850 (8 bits) | day of year (9) | paper number (10) | page (9) | kind (3) | sequence (14) = 53 bits,
// the most a JavaScript number holds exactly. Rowid order is date order, so "newest first" is rowid DESC,
// and (year, paper, page), the facets' key, is two shifts and a mask away.
import type { ArticleKind } from "../model/index.js";

const SEQ = 2 ** 14;
const KIND = 2 ** 3;
const PAGE = 2 ** 9;
const PAPER = 2 ** 10;
const DAY_OF_YEAR = 2 ** 9;
const YEARS = 2 ** 8;
export const FIRST_YEAR = 1850;
export const LAST_YEAR = FIRST_YEAR + YEARS - 1;
export const MAX_PAGE = PAGE - 1;
export const MAX_PAPERS = PAPER - 1;
export const MAX_SEQ = SEQ - 1;

/** Bit positions, for SQL expressions over rowid. */
export const SHIFT = { kind: 14, page: 17, paper: 26, day: 36, year: 45 } as const;

const KINDS: readonly ArticleKind[] = ["article", "photo", "toc", "notice", "other"];
const DAY_MS = 86_400_000;

export function kindCode(kind: ArticleKind): number {
  const code = KINDS.indexOf(kind);
  return code < 0 ? KINDS.indexOf("other") : code;
}

/** A kind as stored (a string column), checked. */
export function asKind(value: string): ArticleKind {
  return KINDS.find((k) => k === value) ?? "other";
}

/**
 * The date key of an ISO date (YYYY-MM-DD): (year − 1850) · 512 + day of year. It orders like the dates and
 * is contiguous within a year. Null when the date is not a real one within 1850–2105.
 */
export function dayOf(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  if (year < FIRST_YEAR || year >= FIRST_YEAR + YEARS) return null;
  return (year - FIRST_YEAR) * DAY_OF_YEAR + (ms - Date.UTC(year, 0, 1)) / DAY_MS;
}

export function yearOfDay(day: number): number {
  return FIRST_YEAR + Math.floor(day / DAY_OF_YEAR);
}

/** The largest date key: 2105-12-31 and a little more. */
export const LAST_DAY = YEARS * DAY_OF_YEAR - 1;

/** The facet key of a rowid: (year, paper, page) in 27 bits; facetKeyParts() reads it back. */
export function facetKey(rowid: number): number {
  return Math.floor(rowid / 2 ** SHIFT.year) * 2 ** 19 + (Math.floor(rowid / 2 ** SHIFT.page) % 2 ** 19);
}

export function facetKeyParts(key: number): { year: number; paper: number; page: number } {
  return {
    year: FIRST_YEAR + Math.floor(key / 2 ** 19),
    paper: Math.floor(key / PAGE) % PAPER,
    page: key % PAGE,
  };
}

export interface Slot {
  day: number;
  paper: number;
  page: number;
  kind: number;
}

/** The rowid of sequence `seq` in a slot (day, paper, page, kind). */
export function packRowid(slot: Slot, seq: number): number {
  return (((slot.day * PAPER + slot.paper) * PAGE + slot.page) * KIND + slot.kind) * SEQ + seq;
}

export function unpackRowid(rowid: number): Slot & { seq: number } {
  const seq = rowid % SEQ;
  let rest = (rowid - seq) / SEQ;
  const kind = rest % KIND;
  rest = (rest - kind) / KIND;
  const page = rest % PAGE;
  rest = (rest - page) / PAGE;
  const paper = rest % PAPER;
  return { day: (rest - paper) / PAPER, paper, page, kind, seq };
}

/** The first and last rowid of a range of days, inclusive. */
export function dayRange(first: number, last: number): [number, number] {
  return [first * 2 ** SHIFT.day, (last + 1) * 2 ** SHIFT.day - 1];
}
