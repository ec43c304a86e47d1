// An archived article as the search index sees it (src/search/contract.ts): headline text apart from
// body text, author names apart, every printed word somewhere.
import { type Article, printOrder } from "../model/index.js";
import type { SearchDoc } from "../search/contract.js";
import { docWords } from "../search/words.js";

export interface DocPlace {
  id: string;
  paper: string;
  date: string;
  page: number;
}

const present = (parts: readonly (string | null | undefined)[]): string[] =>
  parts.filter((p): p is string => p !== null && p !== undefined && p.trim() !== "");

export function searchDoc(place: DocPlace, a: Article): SearchDoc {
  const headline = present([a.label, a.kicker, a.title, a.subtitle]);
  return {
    ...place,
    kind: a.kind,
    title: headline.join(" "),
    headline: headline.join("\n"),
    body: searchBody(a),
    authors: a.authors.map((x) => x.name),
    places: placesOf(a),
  };
}

/**
 * An article's body text as the search index takes it (SearchDoc.body). An archive's index makes its tokens from
 * this at ingest and checks candidates against it at query time (search/texts.ts), and an unchanged page is not
 * indexed again: a change to what it returns for a stored article must bump the search schema (search/schema.ts)
 * so that the index is rebuilt.
 */
export function searchBody(a: Article): string {
  const toc = (a.toc ?? []).flatMap((e) => present([e.kicker, e.title, e.subtitle]));
  // In print order (a photo's credit after its caption): a hit's snippet opens with the body when no term is
  // in it, and that should be the text, not the credit.
  const printed = printOrder(a).map((p) => (p.kind === "dateline" ? p.dateline.text : p.text));
  return present([...printed, ...toc]).join("\n");
}

const placesOf = (a: Article): string[] => (a.dateline?.place ? [a.dateline.place] : []);

/** The search index's user words an article brings (src/search/words.ts): its authors' names, its place. */
export function articleWords(a: Article): string[] {
  return docWords({ authors: a.authors.map((x) => x.name), places: placesOf(a) });
}
