// The query semantics stated directly over the folded texts, with String.includes: the reference that every
// index implementation must agree with (the contract suite compares ids against it), and that the
// query-language rules in README.md describe.

import { type DocColumns, docColumns } from "./columns.js";
import type { SearchDoc } from "./contract.js";
import { parseQuery, type QueryNode, termLength, termPieces } from "./query.js";

/** Whether a term occurs: one character in the headline; longer terms (each piece) in any column. */
export function termOccurs(text: string, columns: DocColumns): boolean {
  if (termLength(text) === 1) return columns.head.includes(text);
  return termPieces(text).every(
    (piece) =>
      columns.head.includes(piece) || columns.body.includes(piece) || columns.authors.includes(piece),
  );
}

export function nodeMatches(node: QueryNode, columns: DocColumns): boolean {
  switch (node.kind) {
    case "term":
      return termOccurs(node.text, columns);
    case "not":
      return false;
    case "or":
      return node.items.some((item) => nodeMatches(item, columns));
    case "and": {
      const positives = node.items.filter((item) => item.kind !== "not");
      if (positives.length === 0) return false;
      return node.items.every((item) =>
        item.kind === "not" ? !nodeMatches(item.item, columns) : nodeMatches(item, columns),
      );
    }
  }
}

/** The ids of the documents a query string matches, in the order given. */
export function referenceMatches(docs: readonly SearchDoc[], q: string): string[] {
  const tree = parseQuery(q);
  return docs.filter((doc) => nodeMatches(tree, docColumns(doc))).map((doc) => doc.id);
}
