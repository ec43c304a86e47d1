// Jumped stories (转版): where a story is cut between its start and continuation pages, and the
// jump lines printed on each. Cut and jump style hash the story (title + body), so both pages agree.
import { hashString, mulberry32, type Rng } from "./random.js";

/** Body paragraphs as printed: empty and whitespace-only (NBSP, U+3000) paragraphs dropped. */
export function keptParagraphs(body: string): string[] {
  return body.split("\n").filter((p) => /\S/.test(p));
}

/** What identifies a story on both of its pages: the corpus lists it identically on each. */
export function storyKey(story: { title: string; body: string }): string {
  return `${story.title}\n${story.body}`;
}

export interface StoryCut {
  head: string[];
  tail: string[];
  /** True when the cut fell inside a paragraph: head's last and tail's first are its two halves. */
  midParagraph: boolean;
}

// From the brief: cut at 30–70% of the body; real papers cut mid-sentence more often than at a
// paragraph end, so a paragraph boundary is taken only 35% of the time (when one is in range).
const CUT_FROM = 0.3;
const CUT_TO = 0.7;
const CUT_AT_BOUNDARY = 0.35;

/** Cuts a story's kept paragraphs into the head (start page) and tail (continuation page). */
export function cutStory(paragraphs: readonly string[], key: string): StoryCut {
  const rng = mulberry32(hashString(`cut\u0000${key}`));
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  const target = Math.floor(total * (CUT_FROM + (CUT_TO - CUT_FROM) * rng.next()));
  const wantBoundary = rng.chance(CUT_AT_BOUNDARY);

  const ends: number[] = [];
  let sum = 0;
  for (const p of paragraphs.slice(0, -1)) {
    sum += p.length;
    ends.push(sum);
  }
  const inRange = ends
    .map((end, i) => ({ end, i }))
    .filter(({ end }) => end >= total * CUT_FROM && end <= total * CUT_TO);
  if (wantBoundary && inRange.length > 0) {
    const nearest = inRange.reduce((a, b) => (Math.abs(b.end - target) < Math.abs(a.end - target) ? b : a));
    return atBoundary(paragraphs, nearest.i + 1);
  }

  let start = 0;
  for (const [index, paragraph] of paragraphs.entries()) {
    if (target < start + paragraph.length) {
      const offset = splittableOffset(paragraph, target - start);
      if (offset === null) return atBoundary(paragraphs, Math.max(1, index));
      return {
        head: [...paragraphs.slice(0, index), paragraph.slice(0, offset)],
        tail: [paragraph.slice(offset), ...paragraphs.slice(index + 1)],
        midParagraph: true,
      };
    }
    start += paragraph.length;
  }
  return atBoundary(paragraphs, Math.max(1, paragraphs.length - 1));
}

function atBoundary(paragraphs: readonly string[], index: number): StoryCut {
  return { head: paragraphs.slice(0, index), tail: paragraphs.slice(index), midParagraph: false };
}

/**
 * The offset nearest to `wanted` that leaves printable text on both sides and does not split a
 * surrogate pair; null when the paragraph has fewer than two printable characters.
 */
export function splittableOffset(text: string, wanted: number): number | null {
  const ok = (at: number): boolean =>
    at > 0 &&
    at < text.length &&
    /\S/.test(text.slice(0, at)) &&
    /\S/.test(text.slice(at)) &&
    !isLowSurrogate(text.charCodeAt(at));
  for (let d = 0; d < text.length; d++) {
    if (ok(wanted - d)) return wanted - d;
    if (ok(wanted + d)) return wanted + d;
  }
  return null;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 13 → 十三, 20 → 二十, 24 → 二十四 (page numbers, 1–99). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`chineseNumeral takes 1–99, got ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones] ?? "";
  return `${tens === 1 ? "" : DIGITS[tens]}十${DIGITS[ones]}`;
}

export interface JumpStyle {
  numerals: "arabic" | "chinese";
  /** 下转 as in （下转第3版）, or the shorter 转 as in （转第3版）. */
  verb: "下转" | "转";
}

// Frequencies from the brief's list of forms; one style per story so both pages match.
export function jumpStyle(key: string): JumpStyle {
  const rng = mulberry32(hashString(`jump\u0000${key}`));
  return { numerals: rng.chance(0.5) ? "arabic" : "chinese", verb: rng.chance(0.75) ? "下转" : "转" };
}

function pageNumber(style: JumpStyle, page: number): string {
  return style.numerals === "arabic" ? String(page) : chineseNumeral(page);
}

/** The start page's line: （下转第3版）, （下转第三版） or （转第3版）. */
export function jumpOutLine(style: JumpStyle, toPage: number): string {
  return `（${style.verb}第${pageNumber(style, toPage)}版）`;
}

/** The continuation page's line: （上接第1版） or （上接第一版）. */
export function jumpInLine(style: JumpStyle, fromPage: number): string {
  return `（上接第${pageNumber(style, fromPage)}版）`;
}

// From the brief: about a third of continuations print a shortened headline.
const SHORTEN_TITLE = 1 / 3;

/**
 * The headline printed over a continuation: the full title, or for about a third of stories
 * the title without its trailing （column tag）, or its first clause (before a space or comma).
 * Only the continuation page prints it, so it may vary with the page's seed (`rng`).
 */
export function continuationTitle(title: string, rng: Rng): string {
  if (!rng.chance(SHORTEN_TITLE)) return title;
  const options = [withoutColumnTag(title), firstClause(title)].filter(
    (t): t is string => t !== null && t.length >= 2 && t.length < title.trim().length,
  );
  return options.length === 0 ? title : rng.pick(options);
}

/** 春风吹绿小山村（乡村行） → 春风吹绿小山村; a nested tag （甲（乙）） goes whole. */
export function withoutColumnTag(title: string): string | null {
  const t = title.trimEnd();
  if (!/[）)]$/.test(t)) return null;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t[i];
    if (c === "）" || c === ")") depth++;
    else if (c === "（" || c === "(") depth--;
    if (depth === 0) return i > 0 ? t.slice(0, i).trimEnd() : null;
  }
  return null;
}

/** 稳字当头 进中求好 → 稳字当头; 小店开张，街巷热闹 → 小店开张. Null when quotes would be left open. */
export function firstClause(title: string): string | null {
  const clause = /^(.+?)[\s，,：:]/.exec(title.trim())?.[1];
  if (clause === undefined) return null;
  const count = (re: RegExp): number => clause.match(re)?.length ?? 0;
  const balanced = count(/“/g) === count(/”/g) && count(/[（(]/g) === count(/[）)]/g);
  return balanced ? clause : null;
}
