import { createCanvas, loadImage } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { renderPdfPages } from "./image.js";
import { minimalPdf } from "./minimal-pdf.test-support.js";

/** Grey level (0 black … 255 white) of a pixel of an encoded image. */
async function grey(bytes: Uint8Array, x: number, y: number): Promise<number> {
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(image, 0, 0);
  const [r = 0, g = 0, b = 0] = ctx.getImageData(x, y, 1, 1).data;
  return (r + g + b) / 3;
}

describe("renderPdfPages", () => {
  // A4 pages: the first with its left half painted grey, the second with a line of type.
  const pdf = minimalPdf([
    { box: [0, 0, 297.5, 842] },
    { lines: [{ text: "HELLO PAGE TWO", x: 40, y: 760, size: 40 }] },
  ]);

  it("draws the asked pages at the asked width, height by the page's shape, as WebP", async () => {
    const result = await renderPdfPages(pdf, [2, 1], { width: 300 });
    if (!result.ok) throw new Error(result.reason);
    const [second, first] = result.value;
    const a4 = { format: "webp", width: 300, height: 425, pageWidth: 595, pageHeight: 842 };
    expect(first).toMatchObject(a4);
    expect(second).toMatchObject(a4);
    expect(new TextDecoder().decode(first?.bytes.slice(8, 12))).toBe("WEBP");
    // The painted half is grey, the other half the white page; the second page has ink where its type is.
    expect(await grey(first?.bytes ?? new Uint8Array(), 50, 200)).toBeLessThan(225);
    expect(await grey(first?.bytes ?? new Uint8Array(), 250, 200)).toBeGreaterThan(245);
    expect(await grey(second?.bytes ?? new Uint8Array(), 250, 200)).toBeGreaterThan(245);
    const ink = await Promise.all(
      [30, 40, 50, 60, 70, 80].map((x) => grey(second?.bytes ?? new Uint8Array(), x, 30)),
    );
    expect(Math.min(...ink)).toBeLessThan(128);
  });

  it("encodes PNG when asked", async () => {
    const result = await renderPdfPages(pdf, [1], { width: 120, format: "png" });
    if (!result.ok) throw new Error(result.reason);
    const [image] = result.value;
    expect(image?.format).toBe("png");
    expect([...(image?.bytes.slice(1, 4) ?? [])]).toEqual([0x50, 0x4e, 0x47]);
    expect(await grey(image?.bytes ?? new Uint8Array(), 100, 60)).toBeGreaterThan(245);
  });

  it("says why when the bytes are not a PDF or the page is not in it", async () => {
    const text = await renderPdfPages(new TextEncoder().encode("本报讯 not a pdf"), [1]);
    expect(text).toMatchObject({ ok: false });
    expect(text.ok ? "" : text.reason).toMatch(/not a readable PDF/u);
    const missing = await renderPdfPages(pdf, [3]);
    expect(missing).toEqual({ ok: false, reason: "the PDF has no page 3 (it has 2)" });
  });
});
