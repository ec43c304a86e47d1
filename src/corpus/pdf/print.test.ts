// Prints real pages with headless Chromium and reads them back with pdfjs: every gold character
// must be in the text layer, one PDF page per newspaper page, and Noto CJK's text layer must show
// radical look-alikes where WenQuanYi's shows none. Skipped without chromium, failed under CI=true.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusPath, loadCorpus } from "../load.js";
import { CHROMIUM, pageCount, printPdfsWithStats } from "./print.js";
import { renderPdfHtml } from "./render.js";
import { sampleHtml, sampleText } from "./sample.js";
import { missingChars, radicalCount, textLayer } from "./texts.test-support.js";

const HAVE_CHROMIUM = existsSync(CHROMIUM);

it.runIf(!HAVE_CHROMIUM && Boolean(process.env.CI))("finds chromium (CI must have it)", () => {
  expect.fail(
    `CI is set but ${CHROMIUM} is missing: apt-get install chromium fonts-wqy-microhei fonts-noto-cjk`,
  );
});

describe.skipIf(!HAVE_CHROMIUM)(
  `printing pages to PDF (skipped when ${CHROMIUM} is absent: apt-get install chromium)`,
  () => {
    let cacheDir = "";
    let printed: ReturnType<typeof printPdfsWithStats>;
    beforeAll(() => {
      cacheDir = mkdtempSync(join(tmpdir(), "banmian-pdf-"));
      printed = printPdfsWithStats(docs, { cacheDir });
    });
    afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
    const path = corpusPath();
    // One corpus page with a header, a jump and a picture when the corpus is there.
    const page =
      path === null ? undefined : loadCorpus(path).find((p) => p.date === "2019-02-01" && p.page === 3);
    const sample = sampleHtml({ font: "wqy" });
    const docs = [
      sample,
      sampleHtml({ font: "noto" }),
      ...(page === undefined ? [] : [renderPdfHtml(page, { seed: 1, font: "wqy" })]),
    ];

    it("prints one page per document, with every character of the sample text in the text layer", async () => {
      const { pdfs, stats } = await printed;
      expect(stats.printed).toBe(docs.length);
      for (const pdf of pdfs) expect(pageCount(pdf)).toBe(1);
      const layer = await textLayer(pdfs[0] as Uint8Array);
      expect(layer.pages).toBe(1);
      expect(missingChars(sampleText().text, layer.text)).toEqual([]);
      expect(missingChars(layer.text, sampleText().text)).toEqual([]);
    });

    it.skipIf(path === null)("has every gold character of a corpus page in its text layer", async () => {
      const { pdfs } = await printed;
      const gold = docs[2]?.gold;
      const wanted = [
        ...(gold?.articles ?? []).flatMap((a) => [
          a.kicker ?? "",
          a.title ?? "",
          a.subtitle ?? "",
          ...a.paragraphs,
        ]),
        ...(gold?.removed ?? []).map((r) => r.text),
      ].join("");
      expect(missingChars(wanted, (await textLayer(pdfs[2] as Uint8Array)).text)).toEqual([]);
    });

    it("shows radical look-alikes in Noto CJK's text layer and none in WenQuanYi's", async () => {
      const { pdfs } = await printed;
      const wqy = (await textLayer(pdfs[0] as Uint8Array)).text;
      const noto = (await textLayer(pdfs[1] as Uint8Array)).text;
      expect(radicalCount(wqy)).toBe(0);
      // The sample printed in Noto shows 474 (⽇ for 日, ⼈ for 人 …); a floor well under that.
      expect(radicalCount(noto)).toBeGreaterThan(100);
    });

    it("takes a second print of the same HTML from the cache", async () => {
      await printed;
      const again = await printPdfsWithStats([sample], { cacheDir });
      expect(again.stats).toMatchObject({ cached: 1, printed: 0 });
      const first = (await printed).pdfs[0] as Uint8Array;
      expect(Buffer.from(again.pdfs[0] as Uint8Array).equals(Buffer.from(first))).toBe(true);
    });
  },
);
