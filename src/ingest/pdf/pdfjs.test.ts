// pdfjs-dist's legacy build would leave the thread with core-js's JSON.stringify, JSON.parse (11 times slower to
// stringify) and Array.prototype.push (6 times slower), disguised: their toString says "[native code]". Loading
// it through pdfjs.ts gives the thread its own back, and PDFs still open.
import { describe, expect, it } from "vitest";
import { minimalPdf } from "./minimal-pdf.test-support.js";

describe("pdfjs.ts", () => {
  it("leaves JSON's stringify and parse, the arrays' push and the functions' toString as they were, and pdfjs working", async () => {
    const [stringify, parse, push] = [JSON.stringify, JSON.parse, Array.prototype.push];
    const functionText = Function.prototype.toString;
    const { getDocument } = await import("./pdfjs.js");
    expect(JSON.stringify).toBe(stringify);
    expect(JSON.parse).toBe(parse);
    expect(Array.prototype.push).toBe(push);
    expect(Function.prototype.toString).toBe(functionText);
    const doc = await getDocument({ data: minimalPdf([{ lines: [{ text: "FERRY", x: 60, y: 700 }] }]) })
      .promise;
    expect(doc.numPages).toBe(1);
    const text = await (await doc.getPage(1)).getTextContent();
    expect(text.items.map((i) => ("str" in i ? i.str : "")).join("")).toContain("FERRY");
    await doc.destroy();
    // Opening a document loads nothing that brings the polyfills back (pdfjs's worker module would).
    expect(JSON.stringify).toBe(stringify);
    expect(JSON.parse).toBe(parse);
    expect(Array.prototype.push).toBe(push);
  });
});
