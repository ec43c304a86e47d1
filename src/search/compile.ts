// Query tree → FTS5 MATCH expression over the tokens of tokens.ts. The index records only which articles hold
// a token, so a term of three or more characters becomes "all its bigrams occur", a superset of "it occurs":
// the expression finds candidates, and `exact` says whether every candidate is a match or each has to be
// checked against its text (verify.ts). Two-character terms (one bigram) and one-character terms (a headline
// character) are exact. Every token is quoted with ftsString, so the syntax is always our own; null means
// "matches nothing". The semantics, which reference.ts states directly over the text, are in README.md.
import { type QueryNode, termLength, termPieces } from "./query.js";
import { bigrams, ftsString, MARK, tokenForm } from "./tokens.js";

export type Cut = (folded: string) => string[];

export interface Compiled {
  /** The MATCH expression, or null when nothing can match. */
  expr: string | null;
  /** Every candidate it finds is a match. */
  exact: boolean;
}

const NOTHING: Compiled = { expr: null, exact: true };

export function compileMatch(node: QueryNode): Compiled {
  switch (node.kind) {
    case "term":
      return compileTerm(node.text);
    case "not":
      return NOTHING; // an exclusion on its own matches nothing; "and" applies it
    case "or": {
      const items = node.items.map(compileMatch).filter((c) => c.expr !== null);
      if (items.length === 0) return NOTHING;
      return { expr: `(${items.map((c) => c.expr).join(" OR ")})`, exact: items.every((c) => c.exact) };
    }
    case "and": {
      const positives: string[] = [];
      const negatives: string[] = [];
      let exact = true;
      for (const item of node.items) {
        if (item.kind === "not") {
          const excluded = compileMatch(item.item);
          // Excluding a superset would drop true matches: an inexact exclusion is left to verification.
          if (excluded.expr !== null && excluded.exact) negatives.push(excluded.expr);
          else if (excluded.expr !== null) exact = false;
        } else {
          const required = compileMatch(item);
          if (required.expr === null) return NOTHING;
          positives.push(required.expr);
          exact &&= required.exact;
        }
      }
      if (positives.length === 0) return NOTHING;
      const must = `(${positives.join(" AND ")})`;
      return { expr: negatives.reduce((expr, n) => `${expr} NOT ${n}`, must), exact };
    }
  }
}

/** The distinct bigram tokens of a term of two or more characters (all its pieces). */
export function termBigrams(text: string): string[] {
  return [...new Set(termPieces(text).flatMap(bigrams))];
}

/**
 * The bigrams a term's candidates must hold: of each piece, every other bigram and the last, which still cover
 * every character (知识产权: 知识 and 产权, not 识产). A text that holds the term holds them all, so the candidates
 * stay a superset; each bigram left out is one doclist fewer to intersect. On 1M corpus-sized articles the
 * bench's 200 phrase queries took 3.3 s against 4.0 s with every bigram (two-word ones, within the machine's
 * noise, ~4 % less), at the price of a few more candidates to check against their text.
 */
export function coveringBigrams(text: string): string[] {
  const cover = termPieces(text).flatMap((piece) => {
    const list = bigrams(piece);
    return list.filter((_, i) => i % 2 === 0 || i === list.length - 1);
  });
  return [...new Set(cover)];
}

export function compileTerm(text: string): Compiled {
  if (termLength(text) === 1) return { expr: ftsString(MARK.char + tokenForm(text)), exact: true };
  return { expr: allOf(coveringBigrams(text)), exact: termLength(text) === 2 };
}

/** Every token of the list, marked: `("a" AND "b")`; a single token stands alone. */
export function allOf(tokens: readonly string[], mark = ""): string {
  const quoted = tokens.map((t) => ftsString(mark + t));
  return quoted.length === 1 ? (quoted[0] as string) : `(${quoted.join(" AND ")})`;
}
