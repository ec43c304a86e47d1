// Is a run of headline-like lines a new article's headline, or a subheading inside the current article?
// A cascade of named rules, strongest evidence first; the first rule with a verdict wins and is recorded.
import { endsWithJumpOut } from "../fields/jump.js";
import { CREDIT_BULLET, JUMP_OUT_LINE } from "../fields/patterns.js";
import { dice } from "../text/index.js";
import type { Unit } from "./classify.js";
import { COLUMN_TAG_END, NUMBERED_SUBHEADING, PHOTO_TITLES, SUBHEADING_WORDS } from "./patterns.js";

export interface RunContext {
  run: readonly Unit[];
  /** Units after the run (up to the next headline-like run), and the current article's units so far. */
  after: readonly Unit[];
  current: readonly Unit[] | null;
  /** The page marks paragraphs by indentation, so an unindented line is a headline by layout. */
  indentKnown: boolean;
}

export type Verdict = "article" | "subheading";

interface Rule {
  id: string;
  /** Why the rule holds, with a real case. */
  why: string;
  test(ctx: RunContext): Verdict | null;
}

// Swept 0.02–0.12 over the blocks-layout renderings of the development corpus (seeds 1 and 2): article F1
// peaked at 0.04 (0.83–0.85; 0.02: 0.81, 0.08: 0.79). Word-level Dice (jieba) instead of bigrams was no better.
const COHESION_SAME_ARTICLE = 0.04;
const COHESION_WINDOW = 500;
// Section kickers in the development corpus's features run to 12 characters (内蒙古某旗牧民老王——);
// article kickers with a dash are mostly longer.
const LONG_KICKER_CHARS = 14;

export const RUN_RULES: readonly Rule[] = [
  {
    id: "page-start",
    why: "nothing before it on the page to belong to",
    test: (c) => (c.current === null ? "article" : null),
  },
  {
    id: "after-jump",
    why: "the article before ended with a jump line （下转第7版）",
    test: (c) => {
      const last = c.current?.[c.current.length - 1];
      return last !== undefined && endsWithJumpOut(last.text) ? "article" : null;
    },
  },
  {
    id: "jump-in-follows",
    why: "a continuation jump line （上接第1版） follows the headline of a continued story",
    test: (c) => {
      const next = c.after[0];
      return next !== undefined && (next.jumpIn || (next.role === "jump" && /上接|接上/u.test(next.text)))
        ? "article"
        : null;
    },
  },
  {
    id: "typography",
    why:
      "where print shows type (a PDF), a run set in a headline's display type opens an article; " +
      "short lines set in body type are subheadings (核心阅读, a bold section head)",
    test: (c) => {
      const typed = c.run.filter((u) => u.typography !== undefined);
      if (typed.length === 0) return null;
      return typed.some((u) => u.typography?.headline != null) ? "article" : "subheading";
    },
  },
  {
    id: "jump-out-follows",
    why: "words followed by （下转第3版） are the last of a story cut for its continuation, never a headline",
    test: (c) => {
      const next = c.after[0];
      return c.run.length === 1 && next !== undefined && JUMP_OUT_LINE.test(next.text) ? "subheading" : null;
    },
  },
  {
    id: "subheading-word",
    why: "核心阅读, 编者的话, 一、…, （二）… open parts of an article",
    test: (c) => {
      if (c.run.length !== 1) return null;
      const text = (c.run[0] as Unit).text;
      return SUBHEADING_WORDS.has(text) || NUMBERED_SUBHEADING.test(text) ? "subheading" : null;
    },
  },
  {
    id: "dateline-follows",
    why: "a dateline (新华社北京4月23日电) opens a new article's body, directly or after a byline or a deck",
    test: (c) => {
      const [a, b] = c.after;
      if (a?.dateline) return "article";
      if (a !== undefined && (a.role === "credit" || a.role === "body") && b?.dateline && a.text.length < 200)
        return "article";
      return null;
    },
  },
  {
    id: "lead-in",
    why: "a line ending in a dash or colon leads into what follows; alone it introduces a paragraph (云南某县花农小李——)",
    test: (c) => (c.run.length === 1 && /(?:——|：|:)$/u.test((c.run[0] as Unit).text) ? "subheading" : null),
  },
  {
    id: "wide-gap",
    why: "items are set apart by more space than paragraphs: two or more blank lines before a headline",
    test: (c) => ((c.run[0]?.gapBefore ?? 0) >= 2 ? "article" : null),
  },
  {
    id: "indentation",
    why: "the page indents every paragraph, subheadings included; headlines stand unindented",
    test: (c) => (c.indentKnown ? "article" : null),
  },
  {
    id: "credit-follows",
    why: "an author credit ■ 李长萍 stands under a headline (staff lines like 本报记者 徐元锋 also follow subheadings)",
    test: (c) => {
      const next = c.after[0];
      return next?.role === "credit" && CREDIT_BULLET.test(next.text) ? "article" : null;
    },
  },
  {
    id: "column-tag",
    why: "a title carries its column: 让老物件讲好新故事（城市笔记）",
    test: (c) => (c.run.some((u) => COLUMN_TAG_END.test(u.text)) ? "article" : null),
  },
  {
    id: "dash-subtitle",
    why: "a headline's subtitle opens with a dash: ——访一位在华工作十年的外国工程师; subheadings have none",
    test: (c) => (c.run.some((u, i) => i > 0 && /^——/u.test(u.text)) ? "article" : null),
  },
  {
    id: "photo-title",
    why: "picture items are titled 图片报道",
    test: (c) => (c.run.length === 1 && PHOTO_TITLES.has((c.run[0] as Unit).text) ? "article" : null),
  },
  {
    id: "long-kicker",
    why:
      "a kicker that leads into its title with a dash and says something (新春座谈会在各地引发海外侨胞热议——) " +
      "opens an article; the short dashed lines of a feature's sections name a person or a place (云南某县花农小李——)",
    test: (c) => {
      const first = c.run[0]?.text ?? "";
      return c.run.length >= 2 && /——$/u.test(first) && first.length >= LONG_KICKER_CHARS ? "article" : null;
    },
  },
  {
    id: "cohesion",
    why: "text on both sides of a subheading shares its vocabulary; two articles share little",
    test: (c) => {
      const before = tailText(c.current ?? [], COHESION_WINDOW);
      const after = headText(c.after, COHESION_WINDOW);
      if (before.length < 40 || after.length < 40) return null;
      const d = dice(before, after);
      return d < COHESION_SAME_ARTICLE ? "article" : "subheading";
    },
  },
  {
    id: "multi-line",
    why: "kicker, title and subtitle come in twos and threes; subheadings stand alone",
    test: (c) => (c.run.length >= 2 ? "article" : null),
  },
  {
    id: "default-subheading",
    why: "in-article subheadings outnumber untitled evidence of a new article",
    test: () => "subheading",
  },
];

export function judgeRun(ctx: RunContext): { verdict: Verdict; rule: string } {
  for (const rule of RUN_RULES) {
    const verdict = rule.test(ctx);
    if (verdict !== null) return { verdict, rule: rule.id };
  }
  return { verdict: "subheading", rule: "default-subheading" };
}

function tailText(units: readonly Unit[], max: number): string {
  let text = "";
  for (let i = units.length - 1; i >= 0 && text.length < max; i--) {
    const u = units[i] as Unit;
    if (u.role === "body") text = u.text + text;
  }
  return text.slice(-max);
}

function headText(units: readonly Unit[], max: number): string {
  let text = "";
  for (const u of units) {
    if (text.length >= max) break;
    if (u.role === "heading") break;
    if (u.role === "body") text += u.text;
  }
  return text.slice(0, max);
}
