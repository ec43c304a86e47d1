// Jump lines → continuesOn / continuedFrom: （下转第7版） · （上接第一版） · 转第3版.

import { pageNumber } from "./numbers.js";
import { JUMP_IN, JUMP_IN_AT_START, JUMP_OUT, JUMP_OUT_AT_END, JUMP_OUT_LINE } from "./patterns.js";

export interface Jump {
  direction: "out" | "in";
  page: number;
  /** The jump line as printed. */
  text: string;
}

/** A block that is only a jump line. */
export function readJumpLine(text: string): Jump | null {
  const inMatch = JUMP_IN.exec(text);
  if (inMatch) return jumpOf("in", inMatch, text);
  const outMatch = JUMP_OUT.exec(text);
  if (outMatch) return jumpOf("out", outMatch, text);
  return null;
}

function jumpOf(direction: "out" | "in", m: RegExpExecArray, text: string): Jump | null {
  const page = pageNumber(m[1] ?? m[2] ?? "");
  return page === null ? null : { direction, page, text: text.trim() };
}

// A jump line is a few characters long; end-anchored patterns run on the tail only, or V8 tries them at
// every position of a long paragraph.
const JUMP_TAIL = 32;

/** A jump line at the end of a paragraph: …更好造福两国人民。（下转第7版） */
export function splitJumpAtEnd(paragraph: string): { rest: string; jump: Jump } | null {
  const offset = Math.max(0, paragraph.length - JUMP_TAIL);
  const m = JUMP_OUT_AT_END.exec(paragraph.slice(offset));
  if (!m) return null;
  const jump = readJumpLine(m[0].trim());
  return jump ? { rest: paragraph.slice(0, offset + m.index), jump } : null;
}

/** The block is, or ends with, an outgoing jump line: the story stops here and goes on elsewhere. */
export function endsWithJumpOut(text: string): boolean {
  return JUMP_OUT_LINE.test(text) || JUMP_OUT_AT_END.test(text.slice(-JUMP_TAIL));
}

/** A jump line at the start of a paragraph: （上接第1版）… */
export function splitJumpAtStart(paragraph: string): { rest: string; jump: Jump } | null {
  const m = JUMP_IN_AT_START.exec(paragraph);
  if (!m) return null;
  const jump = readJumpLine(m[0].trim());
  return jump ? { rest: paragraph.slice(m[0].length), jump } : null;
}
