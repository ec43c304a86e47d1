// PDF parse speed: parsePdf (pdfjs text layer + layout analysis + stages 4–8) against bare pdfjs
// getTextContent over the same files in the same run, alternating, and where parsePdf's time goes.
// Prints figures only: nothing here passes or fails on time.
//   node dist/bench/pdf.js [FILE.pdf | DIR]… [--passes N]     (default: the PDFs in .cache/pdf/)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { openPdf, parsePdf } from "../ingest/pdf/index.js";
import { layoutPdfPage } from "../layout/pdf/index.js";
import { parsePdfPage } from "../pipeline.js";
import { fixed, formatTable } from "./table.js";

interface Timing {
  pages: number;
  ms: number;
}

/** Bare pdfjs: open, and getTextContent on every page; the yardstick. */
async function bare(bytes: Uint8Array): Promise<number> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    await page.getTextContent();
    page.cleanup();
  }
  const n = doc.numPages;
  await doc.destroy();
  return n;
}

async function full(bytes: Uint8Array, file: string): Promise<number> {
  let n = 0;
  for await (const r of parsePdf(bytes, { file })) if (r.ok) n++;
  return n;
}

/** parsePdf's time split: reading (pdfjs + runs + radicals), layout analysis, stages 4–8. */
async function breakdown(
  bytes: Uint8Array,
  file: string,
): Promise<{ read: number; layout: number; stages: number }> {
  const t0 = performance.now();
  const opened = await openPdf(bytes, file);
  if (!opened.ok) return { read: 0, layout: 0, stages: 0 };
  const reads = [];
  for (let i = 1; i <= opened.doc.numPages; i++) reads.push(await opened.doc.readPage(i));
  await opened.doc.close();
  const t1 = performance.now();
  for (const r of reads) layoutPdfPage(r);
  const t2 = performance.now();
  for (const r of reads) parsePdfPage(r, { file });
  const t3 = performance.now();
  // parsePdfPage lays the page out again: its own stages are what it took beyond the layout.
  return { read: t1 - t0, layout: t2 - t1, stages: Math.max(0, t3 - t2 - (t2 - t1)) };
}

function pdfFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith(".pdf"))
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
}

export async function benchPdf(paths: readonly string[], passes: number): Promise<string> {
  const files = pdfFiles(paths).map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));
  if (files.length === 0)
    return "no PDF files given (and none in .cache/pdf/: run the PDF corpus tests first)";
  const bareT: Timing = { pages: 0, ms: 0 };
  const fullT: Timing = { pages: 0, ms: 0 };
  // A warm-up pass loads pdfjs's worker code and the JIT; then passes alternate the two orders.
  for (const f of files.slice(0, 2)) {
    await bare(f.bytes);
    await full(f.bytes, f.path);
  }
  for (let pass = 0; pass < passes; pass++) {
    for (const f of files) {
      const order = pass % 2 === 0 ? ["bare", "full"] : ["full", "bare"];
      for (const which of order) {
        const t = performance.now();
        const n = which === "bare" ? await bare(f.bytes) : await full(f.bytes, f.path);
        const ms = performance.now() - t;
        const into = which === "bare" ? bareT : fullT;
        into.pages += n;
        into.ms += ms;
      }
    }
  }
  const split = { read: 0, layout: 0, stages: 0 };
  for (const f of files) {
    const b = await breakdown(f.bytes, f.path);
    split.read += b.read;
    split.layout += b.layout;
    split.stages += b.stages;
  }
  const total = split.read + split.layout + split.stages;
  const rate = (t: Timing) => (t.pages * 1000) / t.ms;
  const pct = (ms: number) => `${fixed((100 * ms) / total, 1)}%`;
  const perPage = (ms: number) => fixed(ms / (fullT.pages / passes), 2);
  return [
    `${files.length} PDF files, ${fullT.pages / passes} pages, ${passes} passes (one thread; pdfjs's fake worker in-process)`,
    "",
    formatTable(
      ["run", "pages/s", "ms/page"],
      [
        ["bare pdfjs getTextContent", fixed(rate(bareT), 2), fixed(bareT.ms / bareT.pages, 1)],
        [
          "parsePdf (text layer + layout + stages 4–8)",
          fixed(rate(fullT), 2),
          fixed(fullT.ms / fullT.pages, 1),
        ],
      ],
    ),
    "",
    `ratio parsePdf / bare: ${fixed(fullT.ms / bareT.ms, 3)} (target ≤ 1.3)`,
    "",
    formatTable(
      ["where parsePdf's time goes", "ms/page", "share"],
      [
        ["read: pdfjs open + getTextContent + runs + radicals", perPage(split.read), pct(split.read)],
        ["layout: lines, reading order, blocks", perPage(split.layout), pct(split.layout)],
        ["stages 4–8: roles, repair, segment, fields, account", perPage(split.stages), pct(split.stages)],
      ],
    ),
  ].join("\n");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { passes: { type: "string", default: "2" } },
  });
  const paths =
    positionals.length > 0 ? positionals : [join(import.meta.dirname, "..", "..", ".cache", "pdf")];
  console.log(await benchPdf(paths, Math.max(1, Number(values.passes))));
}
