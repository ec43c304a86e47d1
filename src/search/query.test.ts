// The query parser: the tree for each construct, what it drops, its limits; it never throws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS, parseQuery, positiveTerms, termPieces } from "./query.js";

const t = (text: string) => ({ kind: "term", text });

describe("parseQuery", () => {
  it("reads terms, phrases, AND, OR (tighter than AND), exclusions and groups", () => {
    expect(parseQuery("双拥 临沧")).toEqual({ kind: "and", items: [t("双拥"), t("临沧")] });
    expect(parseQuery("a AND b OR c")).toEqual({
      kind: "and",
      items: [t("a"), { kind: "or", items: [t("b"), t("c")] }],
    });
    expect(parseQuery('-"知识 产权" NOT 质押')).toEqual({
      kind: "and",
      items: [
        { kind: "not", item: t("知识 产权") },
        { kind: "not", item: t("质押") },
      ],
    });
    expect(parseQuery("(a OR b) c")).toEqual({
      kind: "and",
      items: [{ kind: "and", items: [{ kind: "or", items: [t("a"), t("b")] }] }, t("c")],
    });
  });

  it("folds terms, keeps a doubled quote inside a phrase, and closes what is left open", () => {
    expect(parseQuery('"他说""好""" 馮')).toEqual({ kind: "and", items: [t('他说"好"'), t("冯")] });
    expect(parseQuery('"未闭合 的短语')).toEqual({ kind: "and", items: [t("未闭合 的短语")] });
    expect(parseQuery("((a")).toEqual({
      kind: "and",
      items: [{ kind: "and", items: [{ kind: "and", items: [t("a")] }] }],
    });
  });

  it("treats a hyphen inside a word, and every other character, as text", () => {
    expect(parseQuery("COVID-19 title:x 价格*2 ^")).toEqual({
      kind: "and",
      items: [t("covid-19"), t("title:x"), t("价格*2"), t("^")],
    });
  });

  it("drops stray operators, lone hyphens, unmatched parentheses and empty phrases", () => {
    expect(parseQuery('OR a OR OR - AND ) b ( ) ""')).toEqual({
      kind: "and",
      items: [t("a"), t("b"), { kind: "and", items: [] }],
    });
  });

  it("bounds the work: query length, number of terms, nesting depth", () => {
    const many = parseQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(" "));
    expect(positiveTerms(many)).toHaveLength(LIMITS.terms);
    expect(JSON.stringify(parseQuery("x".repeat(5000)))).toContain("x".repeat(LIMITS.queryChars));
    expect(JSON.stringify(parseQuery("x".repeat(5000)))).not.toContain("x".repeat(LIMITS.queryChars + 1));
    const deep = JSON.stringify(parseQuery(`${"(".repeat(50)}a${")".repeat(50)}`));
    expect(deep.split('"and"').length - 1).toBe(LIMITS.depth + 1);
  });

  it("splits a long term into overlapping pieces, so every adjacent pair stays inside one piece", () => {
    const long = "甲乙丙丁".repeat(40);
    const pieces = termPieces(long);
    expect(pieces.every((p) => Array.from(p).length <= LIMITS.termChars)).toBe(true);
    expect(pieces.at(-1)?.endsWith("丙丁")).toBe(true);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]?.[0]).toBe(pieces[i - 1]?.at(-1));
  });

  it("parses anything without throwing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (q) => void parseQuery(q)),
      { numRuns: 500 },
    );
  });
});
