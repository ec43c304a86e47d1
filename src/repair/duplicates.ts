// Overlapping text blocks print a fragment twice: drop the copy that repeats its neighbour, and say so.
import type { Message, Removal } from "../model/index.js";
import type { Unit } from "../segment/classify.js";
import { stripWhitespace } from "../text/index.js";

// Shorter repeats are legitimate (a repeated slogan, a short refrain); the sample's copy is 129 characters
// and the renderings' copies are ≥ 15, so 12 keeps every real case and no short coincidence.
const MIN_DUPLICATE_CHARS = 12;

export interface DuplicateResult {
  units: Unit[];
  removed: Removal[];
  messages: Message[];
}

/**
 * A block is a duplicate when its text (whitespace aside) occurs whole inside the paragraph just before it
 * or just after it — the sample's block starting 云变幻，但中阿关系 repeats the tail of the paragraph above.
 */
export function dropDuplicates(units: readonly Unit[]): DuplicateResult {
  const kept: Unit[] = [];
  const removed: Removal[] = [];
  const messages: Message[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    const text = stripWhitespace(unit.text);
    const prev = kept[kept.length - 1];
    const next = units[i + 1];
    const inPrev = prev !== undefined && prev.role === "body" && containsLonger(prev.text, text);
    const inNext = !inPrev && next !== undefined && next.role === "body" && containsLonger(next.text, text);
    if (unit.role === "body" && text.length >= MIN_DUPLICATE_CHARS && (inPrev || inNext)) {
      removed.push({ text: unit.lines.join("\n"), reason: "duplicate" });
      messages.push({
        level: "info",
        rule: "repair/duplicate",
        line: unit.line,
        message: `dropped a ${text.length}-character fragment that repeats the ${inPrev ? "paragraph before" : "paragraph after"} it (overlapping text blocks)`,
      });
      continue;
    }
    kept.push(unit);
  }
  return { units: kept, removed, messages };
}

function containsLonger(haystack: string, needle: string): boolean {
  const h = stripWhitespace(haystack);
  return h.length > needle.length && h.includes(needle);
}
