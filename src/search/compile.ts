// Query tree → FTS5 MATCH expression. Every phrase in it is made here from folded text and quoted with
// ftsString, so the expression's syntax is always our own; null means "matches nothing".
// No column filters: the marks of tokens.ts already keep bigrams, words and headline characters apart.
// The semantics, which reference.ts states directly over the text, are in README.md.
import { type QueryNode, termLength, termPieces } from "./query.js";
import { bigramText, CHAR_MARK, ftsString, wordText } from "./tokens.js";

export type Cut = (folded: string) => string[];

/**
 * The MATCH expression of a query tree. With `cut`, each term also tries its headline words, which changes
 * no result and only adds to BM25 (for ranking); without, the cheaper expression for counting.
 */
export function compileMatch(node: QueryNode, cut: Cut | null): string | null {
  switch (node.kind) {
    case "term":
      return compileTerm(node.text, cut);
    case "not":
      return null; // an exclusion on its own matches nothing; "and" applies it
    case "or": {
      const items = node.items.map((item) => compileMatch(item, cut)).filter((s) => s !== null);
      return items.length === 0 ? null : `(${items.join(" OR ")})`;
    }
    case "and": {
      const positives: string[] = [];
      const negatives: string[] = [];
      for (const item of node.items) {
        if (item.kind === "not") {
          const excluded = compileMatch(item.item, cut);
          if (excluded !== null) negatives.push(excluded);
        } else {
          const required = compileMatch(item, cut);
          if (required === null) return null;
          positives.push(required);
        }
      }
      if (positives.length === 0) return null;
      const must = `(${positives.join(" AND ")})`;
      return negatives.reduce((expr, n) => `${expr} NOT ${n}`, must);
    }
  }
}

function compileTerm(text: string, cut: Cut | null): string {
  if (termLength(text) === 1) return ftsString(CHAR_MARK + text);
  const pieces = termPieces(text).map((piece) => ftsString(bigramText(piece)));
  if (pieces.length > 1) return `(${pieces.join(" AND ")})`;
  if (cut === null) return pieces[0] as string;
  // The same text as consecutive headline words matches only where the bigram phrase does too (words
  // concatenate to the text they were cut from), so OR-ing it in changes no result: it adds to the score.
  return `(${pieces[0]} OR ${ftsString(wordText(cut(text)))})`;
}
