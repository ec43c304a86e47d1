// Prints real pages with headless Chromium and reads them back with pdfjs: every gold character
// must be in the text layer, one PDF page per newspaper page at that page's own width (pages are
// printed several to a job, then split), and Noto CJK's text layer must show radical look-alikes
// where WenQuanYi's shows none. Skipped without chromium, failed under CI=true.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDocument } from "../../ingest/pdf/pdfjs.js";
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

/** A made-up page of `width` px; `tail` hangs below the measured .page, where no measure sees it. */
function madeUpPage(width: number, text: string, tail = ""): { html: string } {
  const hanging = tail === "" ? "" : `<div style="position:absolute;top:100%;height:60px">${tail}</div>`;
  return {
    html: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
.page { box-sizing: border-box; position: relative; padding: 20px; font: 14px "WenQuanYi Micro Hei"; }
</style></head><body><main class="page" style="width:${width}px"><p>${text}</p>${hanging}</main></body></html>`,
  };
}

/** The width a page's HTML sets on its .page, in PDF points. */
function declaredWidthPt(html: string): number {
  return Number(/class="page"[^>]*style="width:(\d+)px/.exec(html)?.[1]) * 0.75;
}

async function pageSizePt(pdf: Uint8Array): Promise<{ width: number; height: number }> {
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  try {
    const [, , width, height] = (await doc.getPage(1)).view as number[];
    return { width: width as number, height: height as number };
  } finally {
    await doc.destroy();
  }
}

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
    const narrow = madeUpPage(300, "窄版测试：这是一段编造的文字。");
    const spilling = madeUpPage(360, "溢出测试：正文之下还挂着一行。", "挂在版外的尾注");
    // Two jobs of 2–3 pages (half the pages each): the first prints together and is split, the
    // second holds the page that spills onto a second PDF page, so its pages print one by one.
    const named = {
      sample,
      narrow,
      ...(page === undefined ? {} : { corpus: renderPdfHtml(page, { seed: 1, font: "wqy" }) }),
      noto: sampleHtml({ font: "noto" }),
      spilling,
    };
    const docs = Object.values(named);
    const pdfOf = async (name: keyof typeof named) =>
      (await printed).pdfs[Object.keys(named).indexOf(name)] as Uint8Array;

    it("prints one page per document, with every character of the sample text in the text layer", async () => {
      const { pdfs, stats } = await printed;
      expect(stats.printed).toBe(docs.length);
      for (const pdf of pdfs) expect(pageCount(pdf)).toBe(1);
      const layer = await textLayer(await pdfOf("sample"));
      expect(layer.pages).toBe(1);
      expect(missingChars(sampleText().text, layer.text)).toEqual([]);
      expect(missingChars(layer.text, sampleText().text)).toEqual([]);
    });

    it("gives each page its own width and only its own text", async () => {
      const { pdfs } = await printed;
      for (const [i, pdf] of pdfs.entries()) {
        const { width } = await pageSizePt(pdf);
        // Chromium rounds page sizes to its device units, 0.96–1.2 pt apart.
        expect(Math.abs(width - declaredWidthPt(docs[i]?.html ?? ""))).toBeLessThan(1.3);
      }
      expect((await textLayer(await pdfOf("narrow"))).text).toBe("窄版测试：这是一段编造的文字。");
    });

    it("prints a page that spills past its measured height whole, on one taller page", async () => {
      const layer = await textLayer(await pdfOf("spilling"));
      expect(layer).toEqual({ pages: 1, text: "溢出测试：正文之下还挂着一行。挂在版外的尾注" });
      const { height } = await pageSizePt(await pdfOf("spilling"));
      const { height: plain } = await pageSizePt(await pdfOf("narrow"));
      expect(height).toBeGreaterThan(plain + 40);
    });

    it.skipIf(path === null)("has every gold character of a corpus page in its text layer", async () => {
      const gold = named.corpus?.gold;
      const wanted = [
        ...(gold?.articles ?? []).flatMap((a) => [
          a.kicker ?? "",
          a.title ?? "",
          a.subtitle ?? "",
          ...a.paragraphs,
        ]),
        ...(gold?.removed ?? []).map((r) => r.text),
      ].join("");
      const layer = (await textLayer(await pdfOf("corpus"))).text;
      expect(missingChars(wanted, layer)).toEqual([]);
      expect(missingChars(layer, wanted)).toEqual([]);
    });

    it("shows radical look-alikes in Noto CJK's text layer and none in WenQuanYi's", async () => {
      const wqy = (await textLayer(await pdfOf("sample"))).text;
      const noto = (await textLayer(await pdfOf("noto"))).text;
      expect(radicalCount(wqy)).toBe(0);
      // The sample printed in Noto shows 474 (⽇ for 日, ⼈ for 人 …); a floor well under that.
      expect(radicalCount(noto)).toBeGreaterThan(100);
    });

    it("takes a second print of the same HTML from the cache", async () => {
      const first = await pdfOf("sample");
      const again = await printPdfsWithStats([sample], { cacheDir });
      expect(again.stats).toMatchObject({ cached: 1, printed: 0 });
      expect(Buffer.from(again.pdfs[0] as Uint8Array).equals(Buffer.from(first))).toBe(true);
    });
  },
);
