// Units → drafts: which units make up which item on the page, before any field is read out of them.

import { creditAtEnd } from "../fields/credit.js";
import { endsWithJumpOut } from "../fields/jump.js";
import type { Message } from "../model/index.js";
import { splitsWord } from "../text/index.js";
import type { Unit } from "./classify.js";
import {
  BOX_TITLE,
  CLOSING_DATELINE,
  CLOSING_NOTE,
  COLUMN_TAG_END,
  NUMBERED_SUBHEADING,
  SPEECH_DATE,
  SUBHEADING_WORDS,
} from "./patterns.js";

// A column tag alone in brackets: words, maybe a middle dot or a number (城市笔记·老街巡礼③), 2–16 of them.
const TAG_LINE = /^[（(][\p{Script=Han}·・\d①-⑳]{2,16}[）)]$/u;

import { judgeRun } from "./rules.js";

export interface Draft {
  kind: "article" | "toc";
  /** Headline lines (kicker, title, subtitle still unassigned). */
  heading: Unit[];
  /** Everything under the headline: paragraphs, subheadings, credits, jump lines. */
  body: Unit[];
  /** The rule that opened the draft. */
  rule: string;
}

/** How many headline-like lines in a row can be one headline; more is a list (a contents box, a table). */
const MAX_RUN = 6;
/** How far rules look under a run: the next 8 units, and on to the next headline-like unit within 60. */
const MIN_AFTER = 8;
const MAX_AFTER = 60;

export function groupUnits(
  input: readonly Unit[],
  indentKnown: boolean,
): { drafts: Draft[]; messages: Message[] } {
  const drafts: Draft[] = [];
  const messages: Message[] = [];
  let current: Draft | null = null;
  // 1. A colon kicker over a headline line joins the headline; so does a column tag set on a line of its own under it.
  const units: Unit[] = [];
  for (const [k, u] of input.entries()) {
    const joins = isColonKicker(u, input[k + 1]) || isTagLine(u, units[k - 1]);
    units.push(joins ? { ...u, role: "heading" } : u);
  }
  let i = 0;
  while (i < units.length) {
    const unit = units[i] as Unit;
    if (unit.role === "toc-head") {
      const end = tocEnd(units, i);
      current = { kind: "toc", heading: [unit], body: units.slice(i + 1, end), rule: "toc-head" };
      drafts.push(current);
      // Nothing continues a contents box: what follows starts afresh.
      current = null;
      i = end;
      continue;
    }
    if (unit.role === "heading") {
      let j = i;
      while (j < units.length && (units[j] as Unit).role === "heading" && j - i < MAX_RUN) {
        // 核心阅读 or 编者的话 under a headline opens the body; it is never part of the headline.
        if (j > i && SUBHEADING_WORDS.has((units[j] as Unit).text)) break;
        // Two titles in a row, each with its tag (柳岸春早（中国画） · 河畔人家（版画）), are two items.
        if (
          j > i &&
          COLUMN_TAG_END.test((units[j - 1] as Unit).text) &&
          COLUMN_TAG_END.test((units[j] as Unit).text)
        )
          break;
        // A box's title (速览, 微阅读) stands alone: the line under it is its first item's title.
        if (j > i && BOX_TITLE.test((units[j - 1] as Unit).text)) break;
        // Where print shows type, a run ends where one headline ends: the next is another item's.
        if (j > i && otherHeadline(units[j - 1] as Unit, units[j] as Unit)) break;
        j++;
      }
      const run = joinBrokenLines(units.slice(i, j));
      const next = nextHeading(units, j, MAX_AFTER);
      const after = units.slice(j, Math.max(j + MIN_AFTER, next));
      const nextRun = headingRun(units, next);
      const afterNext = units.slice(next + nextRun.length, next + nextRun.length + 2);
      const { verdict, rule } = judgeRun({
        run,
        after,
        current: current?.body ?? null,
        currentHeading: current?.heading ?? [],
        next: { run: nextRun, after: afterNext },
        indentKnown,
      });
      if (verdict === "article" || current === null) {
        current = { kind: "article", heading: [...run], body: [], rule };
        drafts.push(current);
      } else {
        current.body.push(...run);
        messages.push({
          level: "info",
          rule: `segment/${rule}`,
          line: unit.line,
          message: `kept 「${run.map((u) => u.text).join(" ")}」 as a subheading inside the article`,
        });
      }
      i = j;
      continue;
    }
    if (current === null || startsUntitledItem(unit, current)) {
      current = {
        kind: "article",
        heading: [],
        body: [],
        rule: current === null ? "page-start" : "untitled-item",
      };
      drafts.push(current);
    }
    current.body.push(unit);
    i++;
  }
  return { drafts, messages };
}

// Kickers that name who speaks run to 15 characters in the development corpus (某某救援队的十名队员：);
// a kicker may also trail off (贴窗花、逛庙会、看花灯……). A question over a title (…情况如何？) was tried:
// article F1 fell 0.004 on the blocks renderings, as questions over subheadings are as common.
const MAX_COLON_KICKER_CHARS = 16;
const KICKER_END = /(?:[：:]|……)$/u;

/**
 * A short line ending in a colon (or trailing off ……) over a headline line is the headline's kicker (张三： over
 * his words as the title; 某区税务局： over its answer), though alone such a line introduces a paragraph. Not
 * over a numbered or labelled subheading (具体做法如下： then 一、…): that is a lead-in.
 */
function isColonKicker(unit: Unit, next: Unit | undefined): boolean {
  if (unit.role !== "body" || next?.role !== "heading" || unit.lines.length > 1) return false;
  const text = unit.text;
  if (!KICKER_END.test(text) || Array.from(text).length > MAX_COLON_KICKER_CHARS) return false;
  if (/[，,。；;！!？?：:]/u.test(text.replace(KICKER_END, ""))) return false;
  return !NUMBERED_SUBHEADING.test(next.text) && !SUBHEADING_WORDS.has(next.text);
}

/**
 * A title's column tag set on a line of its own right under it (小河两岸 | 柳成行 | （城市笔记）): a
 * short bracket of words with no sentence in it. Not a date （2025年4月23日）, a byline （记者 张三）, a closing
 * dateline or note, or a numbered subheading （一）.
 */
function isTagLine(unit: Unit, prev: Unit | undefined): boolean {
  if (unit.role !== "body" || prev?.role !== "heading" || unit.lines.length > 1 || unit.dateline)
    return false;
  const text = unit.text;
  if (!TAG_LINE.test(text) || NUMBERED_SUBHEADING.test(text)) return false;
  return (
    !SPEECH_DATE.test(text) &&
    !CLOSING_DATELINE.test(text) &&
    !CLOSING_NOTE.test(text) &&
    !/记者|作者|摄/u.test(text)
  );
}

/** Index of the first headline-like unit from `from` on, at most `max` units ahead. */
function nextHeading(units: readonly Unit[], from: number, max: number): number {
  const end = Math.min(units.length, from + max);
  for (let k = from; k < end; k++) if ((units[k] as Unit).role === "heading") return k;
  return end;
}

/** The headline-like units from `from` on (none when `from` is not one). */
function headingRun(units: readonly Unit[], from: number): Unit[] {
  let end = from;
  while (end < units.length && end - from < MAX_RUN && (units[end] as Unit).role === "heading") end++;
  return units.slice(from, end);
}

/** Two units set in different headlines, or one in a headline and one in body type (typography known). */
function otherHeadline(a: Unit, b: Unit): boolean {
  return (
    a.typography !== undefined &&
    b.typography !== undefined &&
    a.typography.headline !== b.typography.headline
  );
}

/** A headline broken over lines splits a word at the break (斯|洛伐克): such lines are one headline line. */
function joinBrokenLines(run: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of run) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      !/^——/u.test(unit.text) &&
      /\p{Script=Han}$/u.test(prev.text) &&
      splitsWord(prev.text, unit.text)
    ) {
      out[out.length - 1] = {
        ...prev,
        lines: [...prev.lines, ...unit.lines],
        text: prev.text + unit.text,
        lastLine: unit.lastLine,
      };
      continue;
    }
    out.push(unit);
  }
  return out;
}

/** A headline-less item begins after a jumped-out article, or where a captioned photo stands on its own. */
function startsUntitledItem(unit: Unit, current: Draft): boolean {
  const last = current.body[current.body.length - 1];
  if (last === undefined) return false;
  if (endsWithJumpOut(last.text)) return true;
  if (unit.role !== "body") return false;
  const caption = creditAtEnd(unit.text) !== null;
  return caption && current.body.some((u) => u.role === "body");
}

/** A contents box runs over headline-like lines and page marks; body text after it is not its own. */
function tocEnd(units: readonly Unit[], start: number): number {
  let end = start + 1;
  let lastPage = -1;
  while (end < units.length) {
    const u = units[end] as Unit;
    if (u.role === "toc-page") lastPage = end;
    else if (u.role !== "heading") break;
    end++;
  }
  if (end < units.length && end > start + 1) {
    // Stopped by prose: the lines after the last page mark are the next article's headline.
    const giveBackFrom = lastPage >= 0 ? lastPage + 1 : end - 1;
    return Math.max(start + 1, giveBackFrom);
  }
  return end;
}
