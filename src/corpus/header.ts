// The page header line that e-paper dumps and PDF text start with, e.g.
// 人民日报  2019年2月1日  星期五  第1版 (page furniture: the gold lists it as removed, reason header).
import type { Rng } from "./random.js";

const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

/** 星期五 for 2019-02-01; dates are YYYY-MM-DD (checked when the corpus is loaded). */
export function weekday(date: string): string {
  const day = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
  if (day === undefined) throw new Error(`weekday needs a YYYY-MM-DD date, got ${date}`);
  return day;
}

/** 2019-02-01 → 2019年2月1日 */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** Separators vary (two or three spaces, or U+3000) and so does the page number (第1版, 第01版). */
export function headerLine(page: { paper: string; date: string; page: number }, rng: Rng): string {
  const sep = rng.pick(["  ", "   ", "\u3000"]);
  const number = rng.chance(0.7) ? String(page.page) : String(page.page).padStart(2, "0");
  return [page.paper, chineseDate(page.date), weekday(page.date), `第${number}版`].join(sep);
}
