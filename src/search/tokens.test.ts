// Token text: bigrams at every position, marks that keep token kinds apart, nothing the tokenizer would split.
import { describe, expect, it } from "vitest";
import { bigramText, CHAR_MARK, charText, ftsString, WORD_MARK, wordText } from "./tokens.js";

describe("token text", () => {
  it("makes a bigram at every position, ASCII separators moved into the private-use area", () => {
    expect(bigramText("知识产权")).toBe("知识 识产 产权");
    expect(bigramText("a b😀")).toBe("a\ue020 \ue020b b😀");
    expect(bigramText("双")).toBe("");
  });

  it("marks words and headline characters, so they never share a token with a bigram", () => {
    expect(wordText(["冯钦然", " ", "说,", "😀"])).toBe(
      `${WORD_MARK}冯钦然 ${WORD_MARK}\ue020 ${WORD_MARK}说\ue02c ${WORD_MARK}😀`,
    );
    expect(charText("春 a")).toBe(`${CHAR_MARK}春 ${CHAR_MARK}\ue020 ${CHAR_MARK}a`);
  });

  it("quotes an FTS5 string, doubling any quote inside", () => {
    expect(ftsString('a"b')).toBe('"a""b"');
  });
});
