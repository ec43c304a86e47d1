// A month as a calendar grid, Monday first as Chinese calendars print it: weeks of seven cells, each a day
// number or null (outside the month). Pure date arithmetic; the view decides which days are links.

export type Week = (number | null)[];

/** The weeks of `yearMonth` (2025-04): 2025-04-01 is a Tuesday, so the first week is [null, 1, 2, …, 6]. */
export function monthWeeks(yearMonth: string): Week[] {
  const [y = 0, m = 0] = yearMonth.split("-").map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  // getUTCDay: 0 is Sunday; Monday-first column = (day + 6) % 7.
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [...Array<null>(lead).fill(null)];
  for (let d = 1; d <= days; d++) cells.push(d);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Week[] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Column heads, Monday first: 一 二 三 四 五 六 日. */
export const WEEK_HEADS = ["一", "二", "三", "四", "五", "六", "日"] as const;
