// A paragraph broken by a column change arrives as two blocks: rejoin them, and say so.
import { creditAtEnd } from "../fields/credit.js";
import type { Message } from "../model/index.js";
import { classifyBlock, type Unit } from "../segment/classify.js";
import { CALLOUT } from "../segment/patterns.js";
import { endsMidSentence, SENTENCE_MARK } from "../text/index.js";

// Renderings split paragraphs of 80+ characters; a first part under 40 characters without any punctuation
// is a line of its own far more often than half a paragraph (counted on the development renderings).
const SHORT_LINE = 40;

/**
 * Rejoin when a prose block stops mid-sentence (its last character is a Han character, a letter or a comma —
 * the sample's …持续在实 / 践中锤炼党性… and …最高位置， / 让改革…) and the next block can continue prose:
 * not a jump line, credit or contents box, not a new dateline, and not marked as a new paragraph by indentation.
 */
export function rejoinSplits(units: readonly Unit[]): { units: Unit[]; messages: Message[] } {
  const out: Unit[] = [];
  const messages: Message[] = [];
  for (const unit of units) {
    const prev = out[out.length - 1];
    if (prev !== undefined && canContinue(prev, unit)) {
      const lines = [...prev.lines, ...unit.lines];
      const merged = classifyBlock({
        lines,
        text: prev.text + unit.text,
        line: prev.line,
        lastLine: unit.lastLine,
        indented: prev.indented,
        gapBefore: prev.gapBefore,
      });
      out[out.length - 1] = { ...merged, role: "body" };
      messages.push({
        level: "info",
        rule: "repair/split-paragraph",
        line: unit.line,
        message: `rejoined a paragraph split by a column break (…${prev.text.slice(-6)} / ${unit.text.slice(0, 6)}…)`,
      });
      continue;
    }
    out.push(unit);
  }
  return { units: out, messages };
}

function canContinue(prev: Unit, next: Unit): boolean {
  if (prev.role !== "body" || !endsMidSentence(prev.text)) return false;
  // A number call-out (97%以上) is set on its own, never the first half of a sentence.
  if (CALLOUT.test(prev.text)) return false;
  // A caption ends in its credit (…提升城市品质。 ■ 孙文辉), not mid-sentence.
  if (creditAtEnd(prev.text) !== null) return false;
  if (next.role === "jump" || next.role === "credit" || next.role === "toc-head" || next.role === "toc-page")
    return false;
  if (next.dateline || next.jumpIn) return false;
  // Where print shows type (a PDF), a block set in a headline's display type is never half a paragraph.
  if (next.typography?.headline != null) return false;
  if (next.indented === true) return false;
  // A short unpunctuated line (版式设计：孙小美, 本报记者 周大林) ends nothing mid-sentence: it is a credit or a
  // sign-off, and a headline after it is a headline. Prose cut by a column break is longer or punctuated.
  return (
    next.role !== "heading" ||
    prev.text.length >= SHORT_LINE ||
    SENTENCE_MARK.test(prev.text) ||
    /[，、]/u.test(prev.text)
  );
}
