// pdfjs-dist, as the rest of banmian takes it. Its legacy build (the one for Node) bundles core-js polyfills that
// replace the process's JSON.stringify and JSON.parse with JavaScript versions wherever JSON.rawJSON is missing,
// as in Node 20: every JSON.stringify in the thread then ran 11 times slower (an article of 1,000 characters:
// 28 µs against 2.5 µs), in ingest's reading threads (9 % of their time) and in the reader's JSON answers alike.
// The natives go back in as soon as the modules are loaded; pdfjs itself needs neither rawJSON nor JSON.parse's
// source texts. Its worker module (which, in Node, the first getDocument() would load on its own, polyfills and
// all) is loaded here too: pdfjs then finds it on globalThis.pdfjsWorker and loads nothing later.
const { stringify, parse } = JSON;
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
JSON.stringify = stringify;
JSON.parse = parse;

export const { getDocument, Util } = pdfjs;
export type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
