// pdfjs-dist's legacy build would leave the thread with core-js's JSON.stringify and JSON.parse (11 times slower
// to stringify, and disguised: their toString says "[native code]"): loading it through pdfjs.ts gives the
// thread's own back, and PDFs still open.
import { describe, expect, it } from "vitest";
import { minimalPdf } from "./minimal-pdf.test-support.js";

describe("pdfjs.ts", () => {
  it("leaves JSON's own stringify and parse in place, and pdfjs working", async () => {
    const [stringify, parse] = [JSON.stringify, JSON.parse];
    const { getDocument } = await import("./pdfjs.js");
    expect(JSON.stringify).toBe(stringify);
    expect(JSON.parse).toBe(parse);
    const doc = await getDocument({ data: minimalPdf([{ lines: [{ text: "FERRY", x: 60, y: 700 }] }]) })
      .promise;
    expect(doc.numPages).toBe(1);
    const text = await (await doc.getPage(1)).getTextContent();
    expect(text.items.map((i) => ("str" in i ? i.str : "")).join("")).toContain("FERRY");
    await doc.destroy();
    // Opening a document loads nothing that brings the polyfills back (pdfjs's worker module would).
    expect(JSON.stringify).toBe(stringify);
    expect(JSON.parse).toBe(parse);
  });
});
