// Units → drafts: which units make up which item on the page, before any field is read out of them.

import { creditAtEnd } from "../fields/credit.js";
import { endsWithJumpOut } from "../fields/jump.js";
import type { Message } from "../model/index.js";
import { splitsWord } from "../text/index.js";
import type { Unit } from "./classify.js";
import { SUBHEADING_WORDS } from "./patterns.js";
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

export function groupUnits(
  units: readonly Unit[],
  indentKnown: boolean,
): { drafts: Draft[]; messages: Message[] } {
  const drafts: Draft[] = [];
  const messages: Message[] = [];
  let current: Draft | null = null;
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
        // Where print shows type, a run ends where one headline ends: the next is another item's.
        if (j > i && otherHeadline(units[j - 1] as Unit, units[j] as Unit)) break;
        j++;
      }
      const run = joinBrokenLines(units.slice(i, j));
      const after = units.slice(j, j + 8);
      const { verdict, rule } = judgeRun({ run, after, current: current?.body ?? null, indentKnown });
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
