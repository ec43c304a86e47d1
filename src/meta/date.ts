// Calendar dates as ISO strings (2025-04-24), checked against the calendar: 2025-02-30 and
// 2019-13-01 are not dates. Pure arithmetic; no clock, no time zone.

/** Years a printed newspaper page can carry: 申报 began in 1872; far-future years are typos. */
export const YEARS: readonly [number, number] = [1800, 2199];

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The ISO date for year/month/day, or null when that day does not exist. */
export function isoDate({ year, month, day }: YearMonthDay): string | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < YEARS[0] || year > YEARS[1] || month < 1 || month > 12) return null;
  if (day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a YYYY-MM-DD string (a flag, say) against the calendar; null when it is not one. */
export function parseIsoDate(text: string): string | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  return isoDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
}

/** 0 = Sunday … 6 = Saturday, for a valid ISO date. */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
