// pdfjs-dist, as the rest of banmian takes it. Its legacy build (the one for Node) bundles core-js polyfills that
// replace builtins of the whole thread with JavaScript versions wherever core-js finds the engine lacking, as in
// Node 20, and disguise them (their toString says "[native code]"):
// - JSON.stringify and JSON.parse (for JSON.rawJSON): every JSON.stringify ran 11 times slower (an article of
//   1,000 characters: 28 µs against 2.5 µs), in ingest's reading threads (9 % of their time) and in the reader's
//   JSON answers alike;
// - Array.prototype.push (for arrays with a length past 2^32 and frozen lengths): 6 times slower, on every push
//   of the parser, the linker and the search tokens (2.4 % of a reading thread's time in the polyfill itself).
// The natives go back in as soon as the modules are loaded; pdfjs needs none of those edge cases. What core-js
// adds (Promise.withResolvers, the Set methods, Uint8Array.fromBase64, …) stays: pdfjs uses it. Its worker module
// (which, in Node, the first getDocument() would load on its own, polyfills and all) is loaded here too: pdfjs
// then finds it on globalThis.pdfjsWorker and loads nothing later.

/** Where core-js may replace a builtin: each object's own properties are put back as they were. */
const GUARDED: readonly object[] = [
  JSON,
  Function.prototype, // toString, which core-js replaces to make its own functions look native
  Object,
  Array,
  Array.prototype,
  String.prototype,
  Map.prototype,
  Set.prototype,
  Promise,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Uint8Array.prototype,
];

type Snapshot = Map<object, Map<PropertyKey, PropertyDescriptor>>;

function snapshot(): Snapshot {
  return new Map(
    GUARDED.map((o) => [
      o,
      new Map(
        Reflect.ownKeys(o).flatMap((k) => {
          const d = Object.getOwnPropertyDescriptor(o, k);
          return d === undefined ? [] : [[k, d] as const];
        }),
      ),
    ]),
  );
}

/** Puts back every property `before` had that is no longer the same. */
function restore(before: Snapshot): void {
  for (const [o, props] of before)
    for (const [k, d] of props) {
      const now = Object.getOwnPropertyDescriptor(o, k);
      if (now === undefined || now.value !== d.value || now.get !== d.get || now.set !== d.set)
        Object.defineProperty(o, k, d);
    }
}

const before = snapshot();
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
restore(before);

export const { getDocument, Util } = pdfjs;
export type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
