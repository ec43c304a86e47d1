// Jump lines → continuesOn / continuedFrom: （下转第7版） · （上接第一版） · 转第3版.

import { pageNumber } from "./numbers.js";
import { JUMP_IN, JUMP_IN_AT_START, JUMP_OUT, JUMP_OUT_AT_END } from "./patterns.js";

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

/** A jump line at the end of a paragraph: …更好造福两国人民。（下转第7版） */
export function splitJumpAtEnd(paragraph: string): { rest: string; jump: Jump } | null {
  const m = JUMP_OUT_AT_END.exec(paragraph);
  if (!m) return null;
  const jump = readJumpLine(m[0].trim());
  return jump ? { rest: paragraph.slice(0, m.index), jump } : null;
}

/** A jump line at the start of a paragraph: （上接第1版）… */
export function splitJumpAtStart(paragraph: string): { rest: string; jump: Jump } | null {
  const m = JUMP_IN_AT_START.exec(paragraph);
  if (!m) return null;
  const jump = readJumpLine(m[0].trim());
  return jump ? { rest: paragraph.slice(m[0].length), jump } : null;
}
