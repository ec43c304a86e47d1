// Contract properties over random made-up articles (fast-check): every substring of 2–12 characters finds its
// article (the recall guarantee), and any query returns exactly the ids of the reference semantics.
import fc from "fast-check";
import { expect, it } from "vitest";
import { doc, type Factory, ids, indexOf } from "./contract.test-suite.js";
import { fold } from "./fold.js";
import { isSeparator, termLength } from "./query.js";
import { referenceMatches } from "./reference.js";

// Simplified and traditional Han, full-width and ASCII letters and digits, Chinese and ASCII punctuation
// (the query syntax characters among them), spaces, a line break and an emoji.
const WIDE = [
  ..."的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面",
  ..."馮欽臺灣參觀覽體國會長門開關時間發義務車馬",
  ..."ＡＢＣ１２３abcXYZ019",
  ..."，。、“”：；！？（）《》—…",
  ..."\"-()*:^'",
  " ",
  "\u3000",
  "\n",
  "😀",
];
// Few characters, so that random queries often match some articles and not others.
const NARROW = [..."双拥春耕擁ＡaA 、"];

function text(alphabet: readonly string[], maxLength: number) {
  return fc.array(fc.constantFrom(...alphabet), { maxLength }).map((chars) => chars.join(""));
}

function articles(alphabet: readonly string[], body: number) {
  return fc
    .array(fc.record({ title: text(alphabet, 16), body: text(alphabet, body) }), {
      minLength: 1,
      maxLength: 8,
    })
    .map((list) => list.map((a, i) => doc(`d${i}`, { title: a.title, headline: a.title, body: a.body })));
}

/** A quoted phrase of the string, any " in it doubled. */
function phrase(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

/** Whether the string can be typed as a bare term: no spaces, quotes, parentheses, leading -, operator. */
function bareSafe(s: string): boolean {
  const plain = Array.from(s).every((c) => !isSeparator(c) && !'"()'.includes(c));
  return plain && !s.startsWith("-") && !["OR", "AND", "NOT"].includes(s);
}

export function searchProperties(factory: Factory): void {
  it("finds an article by any 2–12 character piece of its title or text, quoted or bare", () => {
    const pick = fc.record({
      article: fc.nat(),
      field: fc.constantFrom("title", "body"),
      start: fc.nat(),
      length: fc.integer({ min: 2, max: 12 }),
    });
    fc.assert(
      fc.property(articles(WIDE, 120), fc.array(pick, { minLength: 1, maxLength: 12 }), (docs, picks) => {
        const index = indexOf(factory, docs);
        for (const p of picks) {
          const article = docs[p.article % docs.length];
          if (!article) continue;
          const chars = Array.from(p.field === "title" ? article.title : article.body);
          const start = p.start % Math.max(1, chars.length - 1);
          const piece = chars.slice(start, start + p.length).join("");
          if (termLength(fold(piece)) < 2) continue; // a piece of white space, or one character and spaces
          expect(ids(index, phrase(piece))).toContain(article.id);
          if (bareSafe(piece)) expect(ids(index, piece)).toContain(article.id);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("returns exactly the reference's ids for random queries: terms, phrases, OR, AND, NOT, -, ( )", () => {
    const part = fc.oneof(
      text(NARROW, 4).filter((s) => s.trim() !== ""),
      fc.constantFrom("OR", "AND", "NOT", "-", "(", ")", '"', " "),
    );
    const query = fc
      .array(part, { minLength: 1, maxLength: 8 })
      .chain((parts) =>
        fc
          .array(fc.constantFrom(" ", ""), { minLength: parts.length, maxLength: parts.length })
          .map((gaps) => parts.map((p, i) => p + (gaps[i] ?? "")).join("")),
      );
    fc.assert(
      fc.property(articles(NARROW, 30), fc.array(query, { minLength: 1, maxLength: 10 }), (docs, queries) => {
        const index = indexOf(factory, docs);
        for (const q of queries) expect(ids(index, q), q).toEqual(referenceMatches(docs, q).sort());
      }),
      { numRuns: 80 },
    );
  });

  it("agrees with the reference, without throwing, on arbitrary strings", () => {
    fc.assert(
      fc.property(
        articles(WIDE, 40),
        fc.array(fc.string({ unit: "binary", maxLength: 40 }), { maxLength: 8 }),
        (docs, queries) => {
          const index = indexOf(factory, docs);
          for (const q of queries) expect(ids(index, q)).toEqual(referenceMatches(docs, q).sort());
        },
      ),
      { numRuns: 40 },
    );
  });
}
