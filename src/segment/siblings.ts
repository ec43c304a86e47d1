// Subheadings come in sets: the parts of one feature are headed alike (地点：… / 地点：…, or a place and
// a name under each), so a run shaped like a subheading already inside the article is another one.
import type { Unit } from "./classify.js";

/** The current article's in-body subheading runs so far: consecutive headline-like units of its body. */
export function subheadingRuns(body: readonly Unit[]): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const u of body) {
    if (u.role === "heading") run.push(u.text);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

// A shared opening names the set: 地点：东关老街 · 地点：小河两岸 (a label and its colon), or
// 小河的春天 · 小河的秋天 (three characters). Swept 2–5 on the blocks renderings (article F1, seeds 1 / 2):
// 2: 0.948 / 0.950, 3: 0.947 / 0.949, 4–5: 0.944 / 0.946. Kept 3: two characters (中国…, 全国…) open
// unrelated headlines everywhere, and the gain at 2 is one page.
const SHARED_OPENING = 3;
const LABEL_OPENING = /^[\p{Script=Han}]{2,4}[：:]/u;
// Line by line, siblings differ by a character or two (春雨 | 张三丰 · 秋收 | 阿依·某某, 张代表—— | 立足本职 |
// 建言献策 · 李委员—— | 深入基层 | 守护生态). Swept 0–6 on the same renderings: 0–1 miss such sets
// (0.943 / 0.945), 2–6 score alike (0.947 / 0.949); 2 is the tightest that keeps them.
const LINE_SLACK = 2;
const DASH_END = /——$/u;

/**
 * Two runs headed alike: the same opening; or as many lines, under dashed kickers or each of about the same
 * length and ending.
 */
export function sameForm(a: readonly string[], b: readonly string[]): boolean {
  const [a0, b0] = [a[0] ?? "", b[0] ?? ""];
  const label = LABEL_OPENING.exec(a0)?.[0];
  if (label !== undefined && b0.startsWith(label)) return true;
  if (commonPrefix(a0, b0) >= SHARED_OPENING) return true;
  if (a.length < 2 || a.length !== b.length) return false;
  // A feature's parts under a dashed kicker (某县某村—— | 这个冬天不冷) vary in length.
  if (DASH_END.test(a0) && DASH_END.test(b0)) return true;
  return a.every((line, i) => {
    const other = b[i] ?? "";
    return Math.abs(chars(line) - chars(other)) <= LINE_SLACK && DASH_END.test(line) === DASH_END.test(other);
  });
}

function chars(text: string): number {
  return Array.from(text.replace(/[\s\u3000\u00a0]/gu, "")).length;
}

function commonPrefix(a: string, b: string): number {
  const [x, y] = [Array.from(a), Array.from(b)];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}
