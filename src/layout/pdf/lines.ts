// Glyph runs → printed lines: runs on one baseline join while the space between them is a word space,
// not a column gap. Pure: runs in, lines out, in no particular order (reading order is order.ts's job).
import type { GlyphRun, PdfLine } from "./types.js";

// Glyph boxes from the baseline: CJK faces put about 0.88 em above it and 0.12 em below.
export const ASCENT = 0.88;
export const DESCENT = 0.12;
// Two runs share a line when their baselines differ by less than this share of the larger size: a label
// set small beside its title (the sample's 高唐) sits 1.5 pt off the title's baseline at 13.5 pt.
export const BASELINE_TOLERANCE = 0.3;
// Gaps between runs on the test pages (ems of the smaller size, counted over 103 pages): word spaces
// and font changes ≤ 0.4; double spaces after a dateline (10月7日电  在…) 0.6–0.75; column gaps ≥ 1.04,
// but a closing quote hanging past a column's edge (Noto: 天下” | “) leaves only 0.54. So a gap up to
// WORD_GAP is a space; up to MAX_WORD_GAP, a space only where the lines above or below run across it.
const WORD_GAP = 0.45;
const MAX_WORD_GAP = 0.9;
// How far above and below to look for text running across a gap: the next line, at line heights ≤ 2.
const ACROSS_REACH = 2.2;
// A gap wider than this with no space glyph in it still reads as a space (a label box, a byline's spacing).
const SPACE_GAP = 0.5;

export const WHITE = /^\s+$/u;

interface Open {
  runs: GlyphRun[];
  baseline: number;
  size: number;
  x0: number;
  x1: number;
}

/** Lines of upright runs; a rotated run is a line of its own, as printed. */
export function buildLines(runs: readonly GlyphRun[]): PdfLine[] {
  const upright = runs.filter((r) => !r.rotated).sort((a, b) => a.y - b.y || a.x - b.x);
  // Gaps are measured against body type too: two large titles side by side stand a column gap apart,
  // less than an em of their own size.
  const body = commonSize(upright);
  const lines: PdfLine[] = [];
  let open: Open[] = [];
  for (const run of upright) {
    // A space as wide as a column gap is no word space but the gap itself (the text layer puts one between
    // two titles side by side, and between a masthead's parts): it joins nothing.
    if (WHITE.test(run.text) && run.width > MAX_WORD_GAP * run.size * run.text.length) continue;
    // Lines whose baseline is well above this run can take no more runs.
    open = open.filter((o) => {
      if (run.y - o.baseline <= BASELINE_TOLERANCE * Math.max(o.size, run.size)) return true;
      lines.push(finish(o.runs));
      return false;
    });
    const target = open.find((o) => joins(o, run, body, upright));
    if (target) {
      target.runs.push(run);
      target.x0 = Math.min(target.x0, run.x);
      target.x1 = Math.max(target.x1, run.x + run.width);
      if (!WHITE.test(run.text) && run.size > target.size) target.size = run.size;
      // The run (a space) may have closed the gap to another open line on the baseline: one line.
      const touching = open.find((o) => o !== target && touches(o, target));
      if (touching) {
        target.runs.push(...touching.runs);
        target.x0 = Math.min(target.x0, touching.x0);
        target.x1 = Math.max(target.x1, touching.x1);
        target.size = Math.max(target.size, touching.size);
        open = open.filter((o) => o !== touching);
      }
    } else if (!WHITE.test(run.text)) {
      open.push({ runs: [run], baseline: run.y, size: run.size, x0: run.x, x1: run.x + run.width });
    }
  }
  for (const o of open) lines.push(finish(o.runs));
  for (const run of runs) if (run.rotated && !WHITE.test(run.text)) lines.push(finish([run]));
  return lines;
}

/** The size most characters are set in (body text), to the tenth of a point: of glyph runs or of lines. */
export function commonSize(runs: readonly { size: number; text: string }[]): number {
  const chars = new Map<number, number>();
  for (const r of runs) {
    const key = Math.round(r.size * 10) / 10;
    chars.set(key, (chars.get(key) ?? 0) + r.text.length);
  }
  let size = 10;
  let most = -1;
  for (const [s, n] of chars) {
    if (n > most) {
      size = s;
      most = n;
    }
  }
  return size;
}

function joins(line: Open, run: GlyphRun, body: number, runs: readonly GlyphRun[]): boolean {
  const size = Math.min(line.size, run.size, body);
  if (Math.abs(run.y - line.baseline) > BASELINE_TOLERANCE * Math.max(line.size, run.size)) return false;
  // Runs come top to bottom, so a run may join on either side (a small label set lower than its title)
  // or inside (the space between them).
  const gap = Math.max(run.x - line.x1, line.x0 - (run.x + run.width));
  if (gap <= WORD_GAP * size) return true;
  if (gap > MAX_WORD_GAP * size) return false;
  const middle = run.x >= line.x1 ? (line.x1 + run.x) / 2 : (run.x + run.width + line.x0) / 2;
  return textAcross(runs, middle, run.y, ACROSS_REACH * size);
}

function touches(a: Open, b: Open): boolean {
  if (Math.abs(a.baseline - b.baseline) > BASELINE_TOLERANCE * Math.max(a.size, b.size)) return false;
  return Math.max(a.x0 - b.x1, b.x0 - a.x1) <= WORD_GAP * Math.min(a.size, b.size);
}

/** Some run on a nearby line (not this baseline) covers x: text flows across, so no column gap is there. */
function textAcross(runs: readonly GlyphRun[], x: number, y: number, reach: number): boolean {
  // Runs are sorted by baseline: find the first within reach above, walk down to reach below.
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((runs[mid] as GlyphRun).y < y - reach) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < runs.length; i++) {
    const r = runs[i] as GlyphRun;
    if (r.y > y + reach) break;
    if (Math.abs(r.y - y) < 0.3 * r.size || WHITE.test(r.text)) continue;
    if (r.x < x && r.x + r.width > x) return true;
  }
  return false;
}

function finish(runs: GlyphRun[]): PdfLine {
  const sorted = runs.slice().sort((a, b) => a.x - b.x);
  let text = "";
  let end = Number.NEGATIVE_INFINITY;
  let x0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let baseline = 0;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  const sizeChars = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  for (const run of sorted) {
    if (WHITE.test(run.text)) {
      if (text.length > 0 && !text.endsWith(" ")) text += " ";
      continue;
    }
    if (text.length > 0 && !text.endsWith(" ") && run.x - end > SPACE_GAP * run.size) text += " ";
    text += run.text;
    end = run.x + run.width;
    x0 = Math.min(x0, run.x);
    x1 = Math.max(x1, end);
    top = Math.min(top, run.y - ASCENT * run.size);
    bottom = Math.max(bottom, run.y + DESCENT * run.size);
    const n = run.text.replace(/\s/gu, "").length;
    const key = Math.round(run.size * 10) / 10;
    sizeChars.set(key, (sizeChars.get(key) ?? 0) + n);
    if (run.bold) boldChars += n;
    chars += n;
  }
  let size = 0;
  let most = -1;
  for (const [s, n] of sizeChars) {
    if (n > most || (n === most && s > size)) {
      size = s;
      most = n;
    }
  }
  // The baseline of the line's main size (a small label beside a title sits off it).
  baseline = sorted.find((r) => Math.round(r.size * 10) / 10 === size)?.y ?? sorted[0]?.y ?? 0;
  return {
    text: despread(text.trim()),
    trailingSpace: /\s$/u.test(text) || WHITE.test(sorted[sorted.length - 1]?.text ?? ""),
    x0,
    x1,
    top,
    bottom,
    baseline,
    size,
    bold: chars > 0 && boldChars * 2 > chars,
    runs: sorted,
  };
}

// A justified line of Chinese spreads its characters apart, and the text layer then puts a space in every
// gap (民 优 良 传 统); when most gaps hold one, they are spacing, not spaces. Counted on the test pages:
// spread lines have a space in nearly every gap; lines with real spaces (bylines) in under a fifth.
const SPREAD_SHARE = 0.5;
const MIN_SPREAD_SPACES = 3;
const LATIN = /[A-Za-z0-9]/u;

/** Removes spreading spaces, keeping those between two Latin letters or digits (a phrase in English). */
export function despread(text: string): string {
  const spaces = text.match(/(?<=\S) (?=\S)/gu)?.length ?? 0;
  if (spaces < MIN_SPREAD_SPACES) return text;
  const chars = text.replace(/\s/gu, "").length;
  if (spaces < SPREAD_SHARE * (chars - 1)) return text;
  return text.replace(/(?<=(\S)) (?=(\S))/gu, (_, a: string, b: string) =>
    LATIN.test(a) && LATIN.test(b) ? " " : "",
  );
}
