// The sample page printed as a PDF (src/corpus/pdf: Chromium, one page, five columns) parses to the same
// gold as its text, in both fonts: WenQuanYi (a clean text layer) and Noto CJK (radical look-alikes in
// the text layer, ⽇ for 日, ⺠ for 民). Skipped without Chromium; failed under CI=true without it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { subsetDiff } from "../../../test/support/subset.js";
import { articleTexts } from "../../check/conservation.js";
import { CHROMIUM, type PdfFont, samplePdf } from "../../corpus/pdf/index.js";
import type { Page } from "../../model/index.js";
import { parsePdf } from "./parse.js";
import { openPdf } from "./read.js";

const HAVE_CHROMIUM = existsSync(CHROMIUM);
const GOLD = JSON.parse(
  readFileSync(
    join(import.meta.dirname, "..", "..", "..", "test", "fixtures", "lcrb-2025-04-24-p01", "gold.json"),
    "utf8",
  ),
) as Page;

it.runIf(!HAVE_CHROMIUM && Boolean(process.env.CI))("finds chromium (CI must have it)", () => {
  expect.fail(`CI is set but ${CHROMIUM} is missing: apt-get install chromium`);
});

async function parseSample(font: PdfFont): Promise<{ page: Page; pdf: Uint8Array }> {
  const { file, pdf } = await samplePdf({ font });
  const pages: Page[] = [];
  for await (const r of parsePdf(pdf, { file })) {
    if (!r.ok) throw new Error(r.error);
    pages.push(r.page);
  }
  expect(pages).toHaveLength(1);
  return { page: pages[0] as Page, pdf };
}

describe.skipIf(!HAVE_CHROMIUM)(`the sample page as a PDF (skipped when ${CHROMIUM} is absent)`, () => {
  it.each(["wqy", "noto"] as const)("%s: every field of every item matches the text's gold", async (font) => {
    const { page } = await parseSample(font);
    const { removed: goldRemoved, file: _txt, ...goldRest } = GOLD;
    const { removed, ...rest } = page;
    // The title that breaks at the space between its two parts (巩固发展…团结 | 共同续写…) keeps its space:
    // the text layer has none there, the story's "团结，共同续写" tells it (layout/pdf/headline-breaks.ts).
    const diffs = subsetDiff(goldRest, rest);
    expect(diffs).toEqual([]);
    expect(page.file).toBe("lcrb-2025-04-24-p01.pdf");
    // The copy printed by overlapping text blocks is found as in the text; jump lines are reported too.
    expect(removed.filter((r) => r.reason === "duplicate").map((r) => r.text.replace(/\s/gu, ""))).toEqual(
      goldRemoved.map((r) => r.text.replace(/\s/gu, "")),
    );
    expect(page.messages.filter((m) => m.level === "error")).toEqual([]);
  });

  it("noto: the text layer holds radical look-alikes, and none reaches the page", async () => {
    const { page, pdf } = await parseSample("noto");
    const opened = await openPdf(pdf, "sample-noto.pdf");
    if (!opened.ok) throw new Error(opened.error);
    const read = await opened.doc.readPage(1);
    await opened.doc.close();
    const note = read.messages.find((m) => m.rule === "pdf/radicals");
    expect(Number(/(\d+) radical/u.exec(note?.message ?? "")?.[1])).toBeGreaterThan(100);
    const printed = page.articles.flatMap(articleTexts).join("");
    expect(printed).not.toMatch(/[\u2e80-\u2eff\u2f00-\u2fdf]/u);
  });

  it("zones: every article has boxes on page 1, inside the page, in PDF points", async () => {
    const { page } = await parseSample("wqy");
    for (const a of page.articles) {
      expect(a.zones?.length).toBeGreaterThan(0);
      for (const z of a.zones ?? []) {
        expect(z.page).toBe(1);
        expect(z.x).toBeGreaterThanOrEqual(0);
        expect(z.w).toBeGreaterThan(0);
        expect(z.h).toBeGreaterThan(0);
      }
    }
    // The lead story's title sits above its body: its first zone starts higher than its last.
    const lead = page.articles[0]?.zones ?? [];
    expect((lead[0]?.y ?? 0) <= (lead[lead.length - 1]?.y ?? 0)).toBe(true);
  });
});
