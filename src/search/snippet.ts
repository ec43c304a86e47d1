// Snippets: a short passage of the original text around the densest cluster of matches, each match in «».
// Matching runs on the folded text and is mapped back, so 冯欽然 is highlighted for a query 冯钦然.
import { foldMapped } from "./fold.js";
import { termLength, termPieces } from "./query.js";

// About two lines of a results list in Chinese; the match starts a little after the passage does.
export const SNIPPET_CHARS = 96;
const LEAD_CHARS = 16;
const MAX_SPANS = 200;

interface Span {
  start: number;
  end: number;
  term: number;
}

/** Where the terms (folded, two or more characters) occur in the text, in original UTF-16 offsets. */
function findSpans(text: string, terms: readonly string[]): Span[] {
  const folded = foldMapped(text);
  const spans: Span[] = [];
  terms.forEach((term, index) => {
    if (termLength(term) < 2) return; // one-character terms match headlines only
    for (const piece of termPieces(term)) {
      for (let at = folded.text.indexOf(piece); at >= 0 && spans.length < MAX_SPANS; ) {
        const last = at + piece.length - 1;
        spans.push({ start: folded.start[at] as number, end: folded.end[last] as number, term: index });
        at = folded.text.indexOf(piece, at + piece.length);
      }
    }
  });
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The window start that shows the most different terms (then the most matches), earliest first. */
function bestStart(spans: readonly Span[]): number {
  let best = 0;
  let bestScore = -1;
  for (const anchor of spans) {
    const from = Math.max(0, anchor.start - LEAD_CHARS);
    const inside = spans.filter((s) => s.start >= from && s.end <= from + SNIPPET_CHARS);
    const score = new Set(inside.map((s) => s.term)).size * 1000 + inside.length;
    if (score > bestScore) [best, bestScore] = [from, score];
  }
  return best;
}

function clean(s: string): string {
  return s.replace(/\s+/gu, " ").replaceAll("«", "‹").replaceAll("»", "›");
}

/** Moves an offset off the second half of a surrogate pair. */
function boundary(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  return unit >= 0xdc00 && unit <= 0xdfff ? at - 1 : at;
}

/**
 * About SNIPPET_CHARS of text around the best cluster of matches of the terms, «» around each match, … where
 * the text was cut; the opening of the text when nothing matches. Any « » in the text become ‹ ›.
 */
export function snippet(text: string, terms: readonly string[]): string {
  const spans = findSpans(text, terms);
  const from = boundary(text, spans.length > 0 ? bestStart(spans) : 0);
  let to = boundary(text, Math.min(text.length, from + SNIPPET_CHARS));
  let out = "";
  let at = from;
  for (const span of spans) {
    if (span.start < at || span.start >= to) continue; // overlaps the previous match, or outside
    to = Math.max(to, span.end);
    out += `${clean(text.slice(at, span.start))}«${clean(text.slice(span.start, span.end))}»`;
    at = span.end;
  }
  out += clean(text.slice(at, to));
  const opening = from > 0 ? "…" : "";
  const closing = to < text.length ? "…" : "";
  return `${opening}${out.trim()}${closing}`;
}
