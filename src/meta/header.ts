// The page-header line (masthead strip) at the top of a page, such as
// 聊城日报 2025年4月24日 星期四 第1版 要闻: where it is and what it says.
import { isoDate } from "./date.js";
import { parseNumeral } from "./numerals.js";
import { paperByName } from "./papers.js";
import {
  HEADER_DATE,
  HEADER_PAGE,
  HEADER_PART_TRIM,
  HEADER_SEARCH_LINES,
  HEADER_SEPARATOR,
  HEADER_WEEKDAY,
  MASTHEAD_CLUTTER,
  MAX_HEADER_CHARS,
  NOT_HEADER,
  PAGE_NAME,
  PAPER_NAME,
} from "./patterns.js";

export interface PageHeader {
  /** 0-based index into the lines searched. */
  lineIndex: number;
  /** The line exactly as given, so the parser can remove it as a header. */
  text: string;
  /** As printed: 人民日报. */
  paper: string | null;
  /** ISO; null when the printed date is not a calendar date (二〇一九年二月三十日). */
  date: string | null;
  /** The date as printed: 2019年2月26日. */
  dateText: string;
  /** As printed: 星期二. */
  weekday: string | null;
  page: number | null;
  pageName: string | null;
}

/** The header among the first few non-blank lines, or null when none of them is one. */
export function findPageHeader(lines: readonly string[]): PageHeader | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEADER_SEARCH_LINES; i++) {
    const line = lines[i] as string;
    if (line.trim() === "") continue;
    seen++;
    const header = readHeaderLine(line);
    if (header) return { lineIndex: i, text: line, ...header };
  }
  return null;
}

type Part = { kind: "date" | "weekday" | "page"; match: RegExpMatchArray } | { kind: "text"; text: string };

/**
 * Reads one line as a header: one dated line, short, no sentence punctuation, with 第N版 or a
 * weekday. Parts may come in any order; the page name is the text right after (or before) 第N版.
 */
export function readHeaderLine(line: string): Omit<PageHeader, "lineIndex" | "text"> | null {
  const s = line.trim();
  if ([...s].length > MAX_HEADER_CHARS || NOT_HEADER.some((g) => g.pattern.test(s))) return null;
  const dates = [...s.matchAll(HEADER_DATE)];
  const weekdays = [...s.matchAll(HEADER_WEEKDAY)];
  const pages = [...s.matchAll(HEADER_PAGE)];
  // Two dates or two page numbers make a list (a table of contents), not a header.
  if (dates.length !== 1 || weekdays.length > 1 || pages.length > 1) return null;
  if (weekdays.length + pages.length === 0) return null;

  const parts = splitParts(s, [
    ...dates.map((match) => ({ kind: "date" as const, match })),
    ...weekdays.map((match) => ({ kind: "weekday" as const, match })),
    ...pages.map((match) => ({ kind: "page" as const, match })),
  ]);
  const texts = parts.flatMap((p) => (p.kind === "text" && !isClutter(p.text) ? [p.text] : []));
  const paper = texts.find(isPaperName) ?? null;
  const at = parts.findIndex((p) => p.kind === "page");
  const pageName =
    at === -1
      ? null
      : ([parts[at + 1], parts[at - 1]].map((p) => pageNameOf(p, paper)).find(Boolean) ?? null);

  const [dateMatch] = dates as [RegExpMatchArray];
  const [, y, m, d] = dateMatch;
  const pageNumber = pages[0] ? parseNumeral(pages[0][1] ?? "") : null;
  return {
    paper,
    date: isoDate({ year: num(y), month: num(m), day: num(d) }),
    dateText: dateMatch[0],
    weekday: weekdays[0]?.[0] ?? null,
    page: pageNumber !== null && pageNumber >= 1 ? pageNumber : null,
    pageName,
  };
}

const num = (text: string | undefined): number => parseNumeral(text ?? "") ?? Number.NaN;

/** The line cut at the matches; the text between them split at separators and trimmed. */
function splitParts(s: string, found: Exclude<Part, { kind: "text" }>[]): Part[] {
  const parts: Part[] = [];
  let pos = 0;
  const gap = (text: string): void => {
    // A spaced-out masthead (人 民 日 报) is one paper name, not four parts.
    const joined = text.replace(/\s+/gu, "").replace(HEADER_PART_TRIM, "");
    const pieces = paperByName(joined) ? [joined] : text.split(HEADER_SEPARATOR);
    for (const piece of pieces) {
      const t = piece.replace(HEADER_PART_TRIM, "");
      if (t) parts.push({ kind: "text", text: t });
    }
  };
  for (const f of found.sort((a, b) => (a.match.index ?? 0) - (b.match.index ?? 0))) {
    const start = f.match.index ?? 0;
    gap(s.slice(pos, start));
    parts.push(f);
    pos = start + f.match[0].length;
  }
  gap(s.slice(pos));
  return parts;
}

const isClutter = (text: string): boolean => MASTHEAD_CLUTTER.some((c) => c.pattern.test(text));

const isPaperName = (text: string): boolean => paperByName(text) !== null || PAPER_NAME.test(text);

function pageNameOf(part: Part | undefined, paper: string | null): string | null {
  if (part?.kind !== "text" || part.text === paper) return null;
  const { text } = part;
  return PAGE_NAME.test(text) && !isClutter(text) && !isPaperName(text) ? text : null;
}
