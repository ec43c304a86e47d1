// What of a SearchDoc is searchable, as three folded texts: the one definition both the SQLite index and the
// reference matcher (and a PostgreSQL index later) read, so that they agree on what "occurs in" means.
import type { SearchDoc } from "./contract.js";
import { fold } from "./fold.js";

export interface DocColumns {
  /** Title, then the headline fields when the title does not already hold them all. */
  head: string;
  /** Dateline, notes, paragraphs, captions. */
  body: string;
  /** Author names, each without inner spaces (邹　辉 → 邹辉), one space between names. */
  authors: string;
}

/** The searchable texts of a document, folded. */
export function docColumns(doc: Pick<SearchDoc, "title" | "headline" | "body" | "authors">): DocColumns {
  const title = fold(doc.title);
  const headline = fold(doc.headline);
  return {
    head: headline === "" || title.includes(headline) ? title : `${title} ${headline}`.trim(),
    body: fold(doc.body),
    authors: doc.authors.map(authorKey).filter(Boolean).join(" "),
  };
}

/** A name as the author filter compares it: folded, inner spaces removed (papers pad two-character names). */
export function authorKey(name: string): string {
  return fold(name).replaceAll(" ", "");
}
