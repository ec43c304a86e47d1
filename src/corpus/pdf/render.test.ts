import { describe, expect, it } from "vitest";
import type { GoldPage } from "../gold.js";
import { corpusPath, loadCorpus } from "../load.js";
import { renderPage } from "../render.js";
import { renderPdfHtml } from "./render.js";
import { charCounts, htmlText } from "./texts.test-support.js";
import { VARIANTS } from "./variants.js";

/** What the gold accounts for: headlines, paragraphs and removed text (header, jumps, duplicates). */
function goldText(gold: GoldPage): string {
  const articles = gold.articles.flatMap((a) => [
    a.kicker ?? "",
    a.title ?? "",
    a.subtitle ?? "",
    ...a.paragraphs,
  ]);
  return [...articles, ...gold.removed.map((r) => r.text)].join("");
}

function sameChars(a: string, b: string): boolean {
  const x = charCounts(a);
  const y = charCounts(b);
  return x.size === y.size && [...x].every(([c, n]) => y.get(c) === n);
}

// The corpus is research-use only and lives outside the repository: skipped without it, except in CI.
const path = corpusPath();
const skip = path === null && !process.env.CI;
const SUITE = skip
  ? "renderPdfHtml on the dev corpus — skipped: ../shared/corpus absent (set BANMIAN_CORPUS)"
  : "renderPdfHtml on the dev corpus";

describe.skipIf(skip)(SUITE, () => {
  const pages = path === null ? [] : loadCorpus(path);
  const seed1 = pages.map((page) => renderPdfHtml(page, { seed: 1, font: "wqy" }));

  it("finds the corpus", () => {
    expect(path, "CI needs the corpus at ../shared/corpus or $BANMIAN_CORPUS").not.toBeNull();
    expect(pages).toHaveLength(96);
  });

  it("has the text renderings' gold for the same seed, under a .pdf name", () => {
    for (const seed of [1, 2]) {
      for (const page of pages) {
        const pdf = renderPdfHtml(page, { seed, font: "wqy" });
        const text = renderPage(page, { layout: "blocks", seed });
        expect(pdf.file).toBe(text.file.replace(/\.txt$/, ".pdf"));
        expect(pdf.gold).toEqual({ ...text.gold, file: pdf.file });
      }
    }
  });

  it("shows exactly the gold's characters, no more, no fewer (96 pages × 2 seeds)", () => {
    const failures = [...seed1, ...pages.map((page) => renderPdfHtml(page, { seed: 2, font: "wqy" }))]
      .filter((r) => !sameChars(htmlText(r.html), goldText(r.gold)))
      .map((r) => r.file);
    expect(failures).toEqual([]);
  });

  it("is deterministic, and the seed changes the layout", () => {
    const again = pages.map((page) => renderPdfHtml(page, { seed: 1, font: "wqy" }).html);
    expect(again).toEqual(seed1.map((r) => r.html));
    const seed2 = pages.map((page) => renderPdfHtml(page, { seed: 2, font: "wqy" }).html);
    expect(seed2.filter((html, i) => html !== seed1[i]?.html).length).toBeGreaterThan(90);
  });

  it("uses every variant and column count, pictures and ads", () => {
    expect(new Set(seed1.map((r) => r.variant))).toEqual(new Set(VARIANTS.map((v) => v.name)));
    const columns = new Set(seed1.map((r) => /repeat\((\d), minmax/.exec(r.html)?.[1]));
    expect(columns).toEqual(new Set(["4", "5", "6"]));
    const html = seed1.map((r) => r.html).join("");
    expect(html).toContain('class="item picture');
    expect(html).toContain('class="item ad');
    expect(html).toContain('class="item article box"');
    expect(html).toContain('class="masthead"');
  });
});
