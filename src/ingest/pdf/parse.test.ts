// PDFs that are not what they claim: encrypted, corrupt, truncated, scanned (no text), very long. Each is
// a clear error or message naming the file and the page, never a crash or a hang; long files stream.
import { describe, expect, it } from "vitest";
import { articleTexts } from "../../check/conservation.js";
import type { Page } from "../../model/index.js";
import { minimalPdf } from "./minimal-pdf.test-support.js";
import { type PdfPageResult, parsePdf } from "./parse.js";

async function collect(bytes: Uint8Array, file = "page.pdf"): Promise<PdfPageResult[]> {
  const out: PdfPageResult[] = [];
  for await (const r of parsePdf(bytes, { file })) out.push(r);
  return out;
}
const pages = (results: PdfPageResult[]): Page[] => results.flatMap((r) => (r.ok ? [r.page] : []));
/** Everything a page printed, in order. */
const printed = (page: Page | undefined): string => (page?.articles ?? []).flatMap(articleTexts).join(" ");
const errors = (results: PdfPageResult[]): string[] => results.flatMap((r) => (r.ok ? [] : [r.error]));

const TEXT_PAGE = { lines: [{ text: "Hello world, a line of text on the page.", x: 72, y: 700 }] };

describe("parsePdf on bad PDFs", () => {
  it("encrypted: one error naming the file that says a password is needed", async () => {
    const r = await collect(minimalPdf([TEXT_PAGE], { encrypted: true }), "secret.pdf");
    expect(pages(r)).toEqual([]);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatch(/^secret\.pdf: the PDF is encrypted and needs a password/u);
  });

  it.each([
    ["truncated to half", (b: Uint8Array) => b.slice(0, Math.floor(b.length / 2))],
    ["truncated after the header", (b: Uint8Array) => b.slice(0, 20)],
    [
      "garbage after the header",
      (b: Uint8Array) => Uint8Array.from(b, (x, i) => (i < 9 ? x : (i * 7919) % 251)),
    ],
  ])("%s: one error naming the file, saying it may be truncated or corrupt", async (_, damage) => {
    const r = await collect(damage(minimalPdf([TEXT_PAGE, TEXT_PAGE])), "broken.pdf");
    expect(pages(r)).toEqual([]);
    expect(errors(r)).toEqual([
      expect.stringMatching(/^broken\.pdf: not a readable PDF .*truncated or corrupt$/u),
    ]);
  });

  it("a damaged page among good ones: that page carries an error naming it, the others parse", async () => {
    const long = "x".repeat(150);
    const bytes = minimalPdf([
      { lines: [{ text: long, x: 72, y: 700 }] },
      { lines: [{ text: "Second page text here.", x: 72, y: 700 }] },
    ]);
    // Overwrite page 1's content stream in place (offsets stay valid): one 170-byte token, which the
    // content parser refuses.
    const at = new TextDecoder("latin1").decode(bytes).indexOf("BT /F1");
    bytes.fill(0x41, at, at + 170);
    const r = await collect(bytes, "mixed.pdf");
    expect(errors(r)).toEqual([]);
    expect(pages(r)).toHaveLength(2);
    const unreadable = pages(r)[0]?.messages.find((m) => m.rule === "pdf/page-unreadable");
    expect(unreadable?.message).toMatch(/^mixed\.pdf page 1: cannot read the page \(/u);
    expect(printed(pages(r)[1])).toContain("Second page");
  });

  it("image-only: no text on any page is an error that names the page and says no text was found", async () => {
    const r = await collect(minimalPdf([{ box: [50, 50, 300, 300] }]), "scan.pdf");
    expect(pages(r)).toEqual([]);
    expect(errors(r)).toEqual([
      "scan.pdf: no text found on page 1; an image-only (scanned) PDF needs OCR first",
    ]);
    const three = await collect(
      minimalPdf([{ box: [0, 0, 9, 9] }, { box: [0, 0, 9, 9] }, { box: [0, 0, 9, 9] }]),
      "s.pdf",
    );
    expect(errors(three)[0]).toMatch(/no text found on any of its 3 pages/u);
  });

  it("a page without text among pages with text is a page with a warning naming it", async () => {
    const r = await collect(minimalPdf([TEXT_PAGE, { box: [50, 50, 300, 300] }]), "two.pdf");
    expect(errors(r)).toEqual([]);
    const warned = pages(r)[1]?.messages.find((m) => m.rule === "pdf/no-text");
    expect(warned?.message).toBe(
      "two.pdf page 2: no text found on the page (an image-only page needs OCR first)",
    );
  });

  it("200 pages: every page in order, numbered from the file name's page on, as they are read", async () => {
    const many = minimalPdf(
      Array.from({ length: 200 }, (_, i) => ({
        lines: [{ text: `Report ${i + 1} of the day.`, x: 72, y: 700 }],
      })),
    );
    let seen = 0;
    let last: Page | null = null;
    for await (const r of parsePdf(many, { file: "rmrb-2019-02-01-p03.pdf" })) {
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      seen++;
      last = r.page;
      expect(r.page.page).toBe(2 + seen);
      expect(printed(r.page)).toContain(`Report ${seen} of`);
    }
    expect(seen).toBe(200);
    expect(last?.date).toBe("2019-02-01");
    expect(last?.paper).toBe("人民日报");
    // No conflict between the file name's page (3) and the later pages' numbers.
    expect(last?.messages.filter((m) => m.rule === "meta/conflict")).toEqual([]);
  });

  it("keeps the caller's bytes intact (pdfjs detaches the buffer it is given)", async () => {
    const bytes = minimalPdf([TEXT_PAGE]);
    const copy = bytes.slice();
    await collect(bytes);
    expect(bytes).toEqual(copy);
  });

  it("conservation: every character of the text layer ends in an article or a removal", async () => {
    const r = await collect(
      minimalPdf([
        {
          lines: [
            { text: "A HEADLINE IN LARGE TYPE", x: 72, y: 760, size: 24 },
            { text: "Body text set small, the first line of a paragraph.", x: 72, y: 720 },
            { text: "More body text on the next line of that paragraph.", x: 72, y: 706 },
          ],
        },
      ]),
    );
    const page = pages(r)[0] as Page;
    expect(page.messages.filter((m) => m.rule === "check/conservation")).toEqual([]);
    expect(page.articles[0]?.title).toBe("A HEADLINE IN LARGE TYPE");
  });
});
