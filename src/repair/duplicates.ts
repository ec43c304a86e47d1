// Overlapping text blocks print a fragment twice: drop the copy that repeats its neighbour, and say so.
import type { Message, Removal } from "../model/index.js";
import type { Unit } from "../segment/classify.js";
import { stripWhitespace } from "../text/index.js";

// Shorter repeats are legitimate (a repeated slogan, a short refrain); the sample's copy is 129 characters
// and the renderings' copies are ≥ 15, so 12 keeps every real case and no short coincidence.
const MIN_DUPLICATE_CHARS = 12;
// A copy is a fragment of one paragraph: a few wrapped lines at most (the renderings' longest: 14 lines).
const MAX_COPY_BLOCKS = 30;

export interface DuplicateResult {
  units: Unit[];
  removed: Removal[];
  messages: Message[];
}

/** A copy found in pieces (hard wrapping cut it into several blocks) is one removal. */
class Removals {
  readonly removed: Removal[] = [];
  readonly messages: Message[] = [];
  private lastLine = -2;

  add(lines: readonly string[], first: number, last: number, why: string): void {
    const prev = this.removed[this.removed.length - 1];
    const chars = stripWhitespace(lines.join("")).length;
    if (prev !== undefined && first === this.lastLine + 1) {
      prev.text += `\n${lines.join("\n")}`;
    } else {
      this.removed.push({ text: lines.join("\n"), reason: "duplicate" });
      this.messages.push({
        level: "info",
        rule: "repair/duplicate",
        line: first,
        message: `dropped ${chars} characters that ${why} (overlapping text blocks)`,
      });
    }
    this.lastLine = last;
  }
}

/**
 * A copy repeats the end of the paragraph just before it (the sample's block starting 云变幻，但中阿关系
 * repeats the tail of the paragraph above), or the start of the paragraph just after it. Hard wrapping may
 * cut a copy into several blocks, so the longest run of blocks that together repeat the end is taken.
 */
export function dropDuplicates(units: readonly Unit[]): DuplicateResult {
  const kept: Unit[] = [];
  const removals = new Removals();
  let i = 0;
  while (i < units.length) {
    const unit = splitTailRepeat(units[i] as Unit, removals);
    const prev = kept[kept.length - 1];
    const end = prev?.role === "body" ? tailCopyEnd(units, i, unit, stripWhitespace(prev.text)) : -1;
    if (end >= i) {
      const run = [unit, ...units.slice(i + 1, end + 1)];
      removals.add(
        run.flatMap((u) => u.lines),
        unit.line,
        (run[run.length - 1] as Unit).lastLine,
        "repeat the end of the paragraph before",
      );
      i = end + 1;
      continue;
    }
    const next = units[i + 1];
    const text = stripWhitespace(unit.text);
    if (
      unit.role === "body" &&
      next?.role === "body" &&
      text.length >= MIN_DUPLICATE_CHARS &&
      stripWhitespace(next.text).startsWith(text) &&
      stripWhitespace(next.text).length > text.length
    ) {
      removals.add(unit.lines, unit.line, unit.lastLine, "repeat the start of the paragraph after");
      i++;
      continue;
    }
    kept.push(unit);
    i++;
  }
  return { units: kept, removed: removals.removed, messages: removals.messages };
}

/** How far a run of blocks from `start` repeats the end of `reference`; -1 when it does not. */
function tailCopyEnd(units: readonly Unit[], start: number, first: Unit, reference: string): number {
  let copy = "";
  let end = -1;
  for (let j = start; j < units.length && j - start < MAX_COPY_BLOCKS; j++) {
    const u = j === start ? first : (units[j] as Unit);
    if (u.role === "toc-head" || u.role === "toc-page") break;
    copy += stripWhitespace(u.text);
    if (copy.length >= reference.length || !reference.includes(copy)) break;
    if (copy.length >= MIN_DUPLICATE_CHARS && reference.endsWith(copy)) end = j;
  }
  return end;
}

/**
 * Hard-wrapped text may glue the copy to its paragraph: the copy's lines follow the paragraph's last line
 * with nothing to tell a column reader they start anew. A tail of whole lines that the lines before it
 * already contain is that copy.
 */
function splitTailRepeat(unit: Unit, removals: Removals): Unit {
  if (unit.lines.length < 2 || unit.role !== "body") return unit;
  for (let k = 1; k < unit.lines.length; k++) {
    const tail = stripWhitespace(unit.lines.slice(k).join(""));
    if (tail.length < MIN_DUPLICATE_CHARS) break;
    const head = stripWhitespace(unit.lines.slice(0, k).join(""));
    if (head.length > tail.length && head.endsWith(tail)) {
      removals.add(unit.lines.slice(k), unit.line + k, unit.lastLine, "repeat their own paragraph");
      const lines = unit.lines.slice(0, k);
      return { ...unit, lines, text: lines.join(""), lastLine: unit.line + k - 1 };
    }
  }
  return unit;
}
