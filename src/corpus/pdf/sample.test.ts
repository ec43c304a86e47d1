import { describe, expect, it } from "vitest";
import { SAMPLE_FILE, SAMPLE_ITEMS, sampleHtml, samplePage, sampleText } from "./sample.js";
import { htmlText, missingChars } from "./texts.test-support.js";

describe("the sample page as PDF HTML", () => {
  const { text, gold } = sampleText();

  it("assigns the sample's blocks to the gold's articles", () => {
    const page = samplePage(text, gold.articles);
    expect(page.items.map((i) => i.kind)).toEqual(SAMPLE_ITEMS.map((i) => i.kind));
    gold.articles.forEach((article, i) => {
      const item = page.items[i];
      const title = item?.head.find((b) => b.kind === "title");
      expect(title?.text ?? null).toBe(article.title);
      expect(item?.head.find((b) => b.kind === "kicker")?.text ?? null).toBe(article.kicker);
      expect(title?.label ?? null).toBe(article.label);
    });
    // Each gold paragraph starts an indented block; the split tails do not.
    const texts = page.items.flatMap((i) => i.body).filter((b) => b.kind === "text");
    expect(texts.filter((b) => b.indent === false)).toHaveLength(2);
  });

  it("shows every character of the sample text, and nothing else", () => {
    const { html, gold: pdfGold, file } = sampleHtml({ font: "wqy" });
    expect(missingChars(text, htmlText(html))).toEqual([]);
    expect(missingChars(htmlText(html), text)).toEqual([]);
    expect(file).toBe(SAMPLE_FILE);
    expect(pdfGold).toEqual({ ...gold, file: SAMPLE_FILE });
  });

  it("throws when the text no longer has the blocks SAMPLE_ITEMS expects", () => {
    expect(() => samplePage(`${text}\n\n多出来的一段。\n`, gold.articles)).toThrow(/SAMPLE_ITEMS expects/);
  });
});
