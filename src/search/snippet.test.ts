// Snippets: highlights mapped back onto the original text, the best window, the cuts.
import { describe, expect, it } from "vitest";
import { SNIPPET_CHARS, snippet } from "./snippet.js";

describe("snippet", () => {
  it("highlights every match of every term, found through folding", () => {
    expect(snippet("記者馮欽然：双拥ＡＢＣ工作", ["冯钦然", "abc"])).toBe("記者«馮欽然»：双拥«ＡＢＣ»工作");
  });

  it("opens the text when nothing matches, and ignores one-character terms", () => {
    expect(snippet("春天到了。", ["春"])).toBe("春天到了。");
    expect(snippet("甲".repeat(200), ["乙丙"])).toBe(`${"甲".repeat(SNIPPET_CHARS)}…`);
  });

  it("prefers the passage with the most different terms", () => {
    const text = `${"双拥".padEnd(150, "。")}双拥和春耕`;
    expect(snippet(text, ["双拥", "春耕"])).toMatch(/^…。+«双拥»和«春耕»$/u);
  });

  it("flattens line breaks and never cuts a surrogate pair", () => {
    expect(snippet("第一段双拥\n第二段", ["双拥"])).toBe("第一段«双拥» 第二段");
    const s = snippet(`${"😀".repeat(100)}双拥`, ["双拥"]);
    expect(s).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u);
  });
});
