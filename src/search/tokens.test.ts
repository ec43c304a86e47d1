// Token text: bigrams at every position, marks that keep token kinds apart, nothing the tokenizer would split.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bigrams, characters, docTokens, ftsString, MARK, tokenForm, wordToken } from "./tokens.js";

describe("tokens", () => {
  it("makes a bigram at every position, ASCII separators moved into the private-use area", () => {
    expect(bigrams("知识产权")).toEqual(["知识", "识产", "产权"]);
    expect(bigrams("a b😀")).toEqual(["a\ue020", "\ue020b", "b😀"]);
    expect(bigrams("双")).toEqual([]);
    expect(tokenForm("说,好")).toBe("说\ue02c好");
  });

  it("marks words and headline characters, so they never share a token with a bigram", () => {
    expect(wordToken("说,")).toBe(`${MARK.word}说\ue02c`);
    expect(characters("春 春a")).toEqual(["春", "\ue020", "a"]);
  });

  it("lists each token of an article once, with frequency and headline marks", () => {
    const { text, length } = docTokens({
      head: "双拥",
      body: "双拥双拥双拥",
      authors: "冯钦然",
      words: ["双拥"],
    });
    const tokens = text.split(" ");
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(length).toBe(1 + 5 + 2);
    for (const t of ["双拥", "拥双", `${MARK.twice}双拥`, `${MARK.head}双拥`, "冯钦", `${MARK.char}双`])
      expect(tokens).toContain(t);
    expect(tokens).toContain(`${MARK.twice}拥双`);
    expect(tokens).not.toContain(`${MARK.twice}钦然`);
    expect(tokens).toContain(wordToken("双拥"));
  });

  it("makes the same tokens with or without characters outside the BMP (two ways of counting)", () => {
    const alphabet = [..."双拥春耕知识产权 ,。a1", "😀"];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(text, text, text, (head, body, authors) => {
        const counts = new Map<string, number>();
        for (const g of [...bigrams(head), ...bigrams(body), ...bigrams(authors)])
          counts.set(g, (counts.get(g) ?? 0) + 1);
        const expected = new Set<string>();
        for (const [g, n] of counts) {
          expected.add(g);
          if (n >= 2) expected.add(MARK.twice + g);
        }
        for (const g of bigrams(head)) expected.add(MARK.head + g);
        for (const c of characters(head)) expected.add(MARK.char + c);
        const made = docTokens({ head, body, authors, words: [] });
        const tokens = made.text === "" ? [] : made.text.split(" ");
        expect(new Set(tokens)).toEqual(expected);
        expect(tokens.length).toBe(expected.size);
        expect(made.length).toBe(bigrams(head).length + bigrams(body).length + bigrams(authors).length);
      }),
      { numRuns: 300 },
    );
  });

  it("quotes an FTS5 string, doubling any quote inside", () => {
    expect(ftsString('a"b')).toBe('"a""b"');
  });
});
