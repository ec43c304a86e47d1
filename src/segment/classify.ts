// Each block gets a role from its own text: the vocabulary the grouping stage works with.

import { endsWithJumpOut } from "../fields/jump.js";
import {
  CREDIT_AGENCY,
  CREDIT_BULLET,
  CREDIT_PHOTO,
  CREDIT_STAFF,
  CREDIT_WORDS,
  DATELINE,
  JUMP_IN,
  JUMP_LINE,
  SIGN_OFF,
  TOC_HEAD,
  TOC_PAGE,
} from "../fields/patterns.js";
import type { Block } from "../layout/index.js";
import { SENTENCE_MARK } from "../text/index.js";
import { BULLET_START, CALLOUT, COLUMN_TAG_END, MAX_HEADING_CHARS, MAX_HEADING_LINES } from "./patterns.js";

export type Role =
  /** （下转第7版） alone */
  | "jump"
  /** ■ 孙文辉 · 本报记者 张三 摄 alone */
  | "credit"
  /** 今日导读 */
  | "toc-head"
  /** 第2版 alone (inside a contents box) */
  | "toc-page"
  /** short, unpunctuated: a headline line or an in-article subheading */
  | "heading"
  /** everything else: prose */
  | "body";

export interface Unit extends Block {
  role: Role;
  /** The block opens with a dateline (新华社北京4月23日电, 本报讯). */
  dateline: boolean;
  /** The block opens with a continuation jump line （上接第1版）. */
  jumpIn: boolean;
}

// A headline may end in a question mark or a closing quote around the whole line (“这座桥让两岸更近了”),
// but never in a full stop, a comma or a colon of prose.
const HEADING_BAD_END = /[。，,、；;：:！!…？?]$/u;
const QUOTED_WHOLE = /^“[^“”]+”$/u;
/**
 * A headline may end on a quoted term (小城里的“幸福密码” · 某县建起“便民驿站”); prose that ends
 * in a quote closes a sentence inside it or carries a comma before it.
 */
const QUOTED_TERM_END = /^[^，,“”]+“[^“”，,。！？!?、；;：:…]{1,12}”$/u;
/** Speech quoted whole, ending a sentence inside the quotes: “吃得咋样？” · “你明年最想做什么？” */
const QUOTED_SENTENCE = /^“.*[。！？!?…]”$/u;
/** A note wholly in brackets: （作者为某大学教授） · （本组文章到此结束） · （本报某市3月9日电） */
/** A photo credit with its agency in brackets: 赵海天摄（人民视觉） */
const CREDIT_BEFORE_TAG = /(?:摄|摄影|供图|制图)$/u;
/** A date alone, as under a letter or a speech: 2019年10月6日 · 二〇二五年三月九日 */
const DATE_ONLY =
  /^[（(]?[\d〇零一二三四五六七八九十]{2,4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日[）)]?$/u;
/** A table's caption: 表1  全市各区县常住人口构成 */
const TABLE_CAPTION = /^[表图]\s*\d{1,2}[\s\u3000\u00a0]/u;
/** …brackets nested once included: （作者为某大学（某学院）教授） */
const WHOLLY_BRACKETED = /^[（(](?:[^（()）]|[（(][^（()）]*[）)])*[）)]$/u;

export function classifyBlock(block: Block): Unit {
  const text = block.text;
  const dateline = DATELINE.test(text);
  const jumpIn = JUMP_IN.test(text.slice(0, 14)) && /^[（(]?\s*(?:上接|接上)/u.test(text);
  return { ...block, role: roleOf(block, dateline), dateline, jumpIn };
}

function roleOf(block: Block, dateline: boolean): Role {
  const text = block.text;
  if (JUMP_LINE.test(text)) return "jump";
  if (TOC_HEAD.test(text)) return "toc-head";
  if (TOC_PAGE.test(text)) return "toc-page";
  if (isCredit(text)) return "credit";
  if (dateline) return "body";
  // Where print shows type (a PDF), a line set in a headline is a headline line, however it is punctuated
  // (a subtitle may be a sentence); other lines are read by their text as below.
  if (block.typography?.headline != null && text.length <= MAX_TYPESET_HEADING_CHARS) return "heading";
  return isHeadingLike(block) ? "heading" : "body";
}

/** A subtitle set as a deck runs to a few lines: the longest on the PDF test pages has 120 characters. */
const MAX_TYPESET_HEADING_CHARS = 200;

export function isCredit(text: string): boolean {
  if (
    CREDIT_AGENCY.test(text) ||
    CREDIT_BULLET.test(text) ||
    CREDIT_STAFF.test(text) ||
    CREDIT_WORDS.test(text) ||
    SIGN_OFF.test(text)
  )
    return true;
  const m = CREDIT_PHOTO.exec(text);
  return m !== null && (m.groups?.verb !== undefined || m.groups?.role === "新华社发") && text.length <= 30;
}

export function isHeadingLike(block: Block): boolean {
  const text = block.text;
  if (block.indented === true) return false;
  if (text.length > MAX_HEADING_CHARS || block.lines.length > MAX_HEADING_LINES) return false;
  // Where indentation marks every paragraph, an unindented short line is a headline whatever it ends in:
  // kickers end in a colon (老支书李明：), titles in an exclamation (冲进火场的你，真棒！) or a question.
  if (
    block.indented === false &&
    !SENTENCE_MARK.test(text.replace(/[！!？?]$/u, "")) &&
    !/[，,、；;]$/u.test(text)
  )
    return !WHOLLY_BRACKETED.test(text);
  if (CALLOUT.test(text) || BULLET_START.test(text) || WHOLLY_BRACKETED.test(text)) return false;
  if (DATE_ONLY.test(text) || TABLE_CAPTION.test(text)) return false;
  if (QUOTED_SENTENCE.test(text)) return false;
  if (endsWithJumpOut(text)) return false;
  // A column tag may close a headline; what stands before it must read as a headline itself.
  if (COLUMN_TAG_END.test(text)) {
    // A title may exclaim or ask before its tag: 启程！（某某行动） · 雪天出行安全吗？（求证）
    const rest = text.replace(COLUMN_TAG_END, "").replace(/(?<=\p{Script=Han})[！!？?]$/u, "");
    return (
      rest.length > 0 &&
      !SENTENCE_MARK.test(rest) &&
      !HEADING_BAD_END.test(rest) &&
      !CREDIT_BEFORE_TAG.test(rest)
    );
  }
  if (HEADING_BAD_END.test(text)) return false;
  if (SENTENCE_MARK.test(text)) return false;
  if (/[”’」』]$/u.test(text) && !QUOTED_WHOLE.test(text) && !QUOTED_TERM_END.test(text)) return false;
  return true;
}
