// Is a run of headline-like lines a new article's headline, or a subheading inside the current article?
// A cascade of named rules, strongest evidence first; the first rule with a verdict wins and is recorded.
import { endsWithJumpOut } from "../fields/jump.js";
import { CREDIT_BULLET, JUMP_OUT_LINE } from "../fields/patterns.js";
import { dice } from "../text/index.js";
import type { Unit } from "./classify.js";
import {
  BOX_TITLE,
  CLOSING_DATELINE,
  CLOSING_NOTE,
  COLUMN_TAG_END,
  NUMBERED_SUBHEADING,
  PAGE_CREDIT,
  PHOTO_TITLES,
  SPEECH_DATE,
  SUBHEADING_WORDS,
} from "./patterns.js";
import { sameForm, subheadingRuns } from "./siblings.js";

export interface RunContext {
  run: readonly Unit[];
  /**
   * Units after the run: at least the next 8, and on to the next headline-like run; and the current
   * article's units so far.
   */
  after: readonly Unit[];
  current: readonly Unit[] | null;
  /** The next headline-like run after `after`'s section, when there is one within reach, and what follows it. */
  next?: { run: readonly Unit[]; after: readonly Unit[] };
  /** The current article's headline lines (absent: not known, as in a test that gives none). */
  currentHeading?: readonly Unit[];
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
// Swept 11–16 over the blocks renderings (article F1, seeds 1 / 2): 11: 0.900 / 0.902, 12: 0.904 / 0.907,
// 13: 0.902 / 0.909, 14–15: 0.895 / 0.902, rule off: 0.885 / 0.895. 13 fires less often than 12.
const LONG_KICKER_LINE_CHARS = 13;
// Swept 80–1000 over the blocks renderings (article F1, seeds 1 / 2): 80–120: 0.952 / 0.955, 150 and up:
// 0.953 / 0.956. 150 keeps the rule to what reads as a lead.
const LEAD_CHARS = 150;

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
    id: "after-closing-dateline",
    why: "the article before ended with its dateline in brackets （本报某地3月9日电）: nothing of it follows",
    test: (c) => {
      const last = c.current?.[c.current.length - 1];
      return last !== undefined && CLOSING_DATELINE.test(last.text) ? "article" : null;
    },
  },
  {
    id: "after-closing-note",
    why:
      "a story ends with a note in brackets, its author's （作者为某大学教授） or its reporters' " +
      "（本报记者 张三、李四）: what is headed after it is new",
    test: (c) => {
      // After prose only: a byline in brackets right under a headline, （记者 王小明）, closes nothing.
      const last = c.current?.[c.current.length - 1];
      const prose = (c.current ?? []).slice(0, -1).some((u) => u.role === "body");
      return last !== undefined && prose && CLOSING_NOTE.test(last.text) ? "article" : null;
    },
  },
  {
    id: "after-page-credit",
    why: "a feature's credits (版式设计：张三) close it: a headline after them opens the next item",
    test: (c) => {
      const last = c.current?.[c.current.length - 1];
      return last !== undefined && last.role === "credit" && PAGE_CREDIT.test(last.text) ? "article" : null;
    },
  },
  {
    id: "second-dateline",
    why:
      "a story has one dateline: when the article so far opened with one and the text under the run " +
      "closes with another （本报某地3月9日电）, the run heads a story of its own",
    test: (c) => {
      if (!(c.current ?? []).some((u) => u.dateline || CLOSING_DATELINE.test(u.text))) return null;
      const section = sectionAfter(c.after);
      return section.some((u) => CLOSING_DATELINE.test(u.text)) ? "article" : null;
    },
  },
  {
    id: "box-item",
    why: "a box of briefs headed 速览 holds dated items, each with its own title: they are the box's, not stories",
    test: (c) => {
      const head = c.currentHeading ?? [];
      if (head.length !== 1 || !BOX_TITLE.test((head[0] as Unit).text)) return null;
      return c.after.slice(0, 2).some((u) => u.dateline) ? "subheading" : null;
    },
  },
  {
    id: "speech-date-follows",
    why: "a speech's title stands over the date it was given （二〇二五年四月二十三日）",
    test: (c) => (c.after[0] !== undefined && SPEECH_DATE.test(c.after[0].text) ? "article" : null),
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
    id: "dash-attribution",
    why:
      "a line that opens with a dash, alone, names who said the words above it (——某纪念馆馆长) or is a " +
      "subtitle parted from its title: no headline opens with a dash",
    test: (c) => (c.run.length === 1 && /^——/u.test((c.run[0] as Unit).text) ? "subheading" : null),
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
    why: "an author credit ■ 李长萍 stands under a headline (staff lines like 本报记者 周大林 also follow subheadings)",
    test: (c) => {
      const next = c.after[0];
      return next?.role === "credit" && CREDIT_BULLET.test(next.text) ? "article" : null;
    },
  },
  {
    id: "sidebar-tag",
    why:
      "a column tag that names a part of an article (老街新生（记者手记）) heads a sidebar inside the story " +
      "it follows, not a story of its own",
    test: (c) => {
      const tag = c.run.map((u) => COLUMN_TAG_END.exec(u.text)?.[0]).find((t) => t !== undefined);
      return tag !== undefined && SUBHEADING_WORDS.has(tag.slice(1, -1)) ? "subheading" : null;
    },
  },
  {
    id: "column-tag",
    why: "a title carries its column: 让老物件讲好新故事（城市笔记）",
    test: (c) => (c.run.some((u) => COLUMN_TAG_END.test(u.text)) ? "article" : null),
  },
  {
    id: "sibling-subheading",
    why:
      "the parts of a feature are headed alike (地点：东关老街, then 地点：小河两岸): a run shaped like a " +
      "subheading already inside the article is another of its parts",
    test: (c) => {
      const run = c.run.map((u) => u.text);
      return subheadingRuns(c.current ?? []).some((s) => sameForm(run, s)) ? "subheading" : null;
    },
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
    id: "sibling-ahead",
    why:
      "the first of a feature's parts is headed like the next (某县花农小李—— | 种花卖花，日子红火, then " +
      "某市居民小王—— | 年货网上买，真方便), with no dateline under either to open a story",
    test: (c) => {
      const next = c.next;
      if (next === undefined || next.run.length === 0) return null;
      // A dateline under either run makes it a story's headline.
      if (sectionAfter(c.after).some((u) => u.dateline) || next.after.some((u) => u.dateline)) return null;
      const run = c.run.map((u) => u.text);
      return sameForm(
        run,
        next.run.map((u) => u.text),
      )
        ? "subheading"
        : null;
    },
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
    id: "long-kicker-line",
    why:
      "a kicker is a clause of its own (借助交通区位和产业两方面优势 over its title); the first line of a " +
      "two-line subheading is a short phrase (某区加大供给 | 菜价稳中有降)",
    test: (c) => {
      const first = c.run[0]?.text ?? "";
      return c.run.length >= 2 && Array.from(first).length >= LONG_KICKER_LINE_CHARS ? "article" : null;
    },
  },
  {
    id: "after-lead",
    why:
      "an article's first subheading follows its lead, one short paragraph without a dateline under the " +
      "headline (柳树成活率很高 after a two-sentence lead); a story is not a lead alone",
    test: (c) => {
      const [only, ...rest] = c.current ?? [];
      if (only === undefined || rest.length > 0 || (c.currentHeading ?? []).length === 0) return null;
      return only.role === "body" && !only.dateline && Array.from(only.text).length < LEAD_CHARS
        ? "subheading"
        : null;
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

/** The units under the run, up to the next headline-like unit. */
function sectionAfter(units: readonly Unit[]): readonly Unit[] {
  const end = units.findIndex((u) => u.role === "heading");
  return end < 0 ? units : units.slice(0, end);
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
