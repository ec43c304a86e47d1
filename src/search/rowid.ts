// The index's rowids are (day, sequence): day key (17 bits: year − 1850, day of year) × 2²⁰ + the article's
// sequence number within its day. Rowid order is date order, so a date range is one rowid range FTS5 seeks to
// and "newest first" is rowid DESC; within a day the numbers are dense, so a doclist's rowid deltas are
// mostly 1 (one byte). Paper, page and length live beside the rowid, in search_day (attrs.ts).
// Schema 1 packed paper, page and kind into the rowid too: 45 % more index and half the insert rate.
import type { ArticleKind } from "../model/index.js";

const DAY_OF_YEAR = 2 ** 9;
const YEARS = 2 ** 8;
/** Articles one day can hold, all papers together. */
export const SEQ_PER_DAY = 2 ** 20;
export const MAX_SEQ = SEQ_PER_DAY - 1;
export const FIRST_YEAR = 1850;
export const LAST_YEAR = FIRST_YEAR + YEARS - 1;
/** Page numbers and paper numbers as search_day stores them (attrs.ts). */
export const MAX_PAGE = 2 ** 9 - 1;
export const MAX_PAPERS = 2 ** 10 - 1;

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

export function packRowid(day: number, seq: number): number {
  return day * SEQ_PER_DAY + seq;
}

export function dayOfRowid(rowid: number): number {
  return Math.floor(rowid / SEQ_PER_DAY);
}

export function seqOfRowid(rowid: number): number {
  return rowid % SEQ_PER_DAY;
}

/** The first and last rowid of a range of days, inclusive. */
export function dayRange(first: number, last: number): [number, number] {
  return [first * SEQ_PER_DAY, (last + 1) * SEQ_PER_DAY - 1];
}
