// `node dist/bench/page-image.js [--pages N] [--width PX] [--format webp|png] [--quality Q]`: what the
// facsimile costs at ingest. Draws PDF pages as `banmian ingest` does (open, draw one page, encode, close):
// the sample page, plus N development-corpus pages printed to PDF by Chromium (cached in .cache/pdf/) when
// the corpus is there. Prints ms and bytes per page (p50, p95, max), pixel size, and peak RSS.
import { parseArgs } from "node:util";
import { corpusPath, loadCorpus } from "../corpus/index.js";
import { renderPdfCorpus, samplePdf } from "../corpus/pdf/index.js";
import { type ImageFormat, renderPdfPages } from "../ingest/pdf/image.js";
import { fixed, formatTable, mib } from "./table.js";

const { values } = parseArgs({
  options: {
    pages: { type: "string", default: "12" },
    width: { type: "string" },
    format: { type: "string", default: "webp" },
    quality: { type: "string" },
  },
});

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

async function main(): Promise<void> {
  const pdfs: { name: string; pdf: Uint8Array }[] = [];
  const sample = await samplePdf({ font: "wqy" });
  pdfs.push({ name: sample.file, pdf: sample.pdf });
  const path = corpusPath();
  const wanted = Number(values.pages);
  if (path !== null && wanted > 0) {
    // Every eighth page: front pages, inside pages and back pages of several issues.
    const pages = loadCorpus(path)
      .filter((_, i) => i % 8 === 0)
      .slice(0, wanted);
    for (const r of await renderPdfCorpus(pages, { seed: 1, font: "wqy" }))
      pdfs.push({ name: r.file, pdf: r.pdf });
  } else console.log(path === null ? "corpus not found: the sample page only" : "the sample page only");

  const options = {
    format: (values.format === "png" ? "png" : "webp") as ImageFormat,
    ...(values.width === undefined ? {} : { width: Number(values.width) }),
    ...(values.quality === undefined ? {} : { quality: Number(values.quality) }),
  };
  // One page drawn first and not counted: pdfjs and the canvas load their code and fonts once per process.
  await renderPdfPages(sample.pdf, [1], options);
  const ms: number[] = [];
  const bytes: number[] = [];
  // CPU time as well as wall time: on a shared machine the wall clock measures the neighbours too.
  const cpu: number[] = [];
  let peak = process.memoryUsage().rss;
  const rows: (string | number)[][] = [];
  for (const { name, pdf } of pdfs) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = await renderPdfPages(pdf, [1], options);
    const took = performance.now() - started;
    const used = process.cpuUsage(cpuBefore);
    const cpuMs = (used.user + used.system) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    if (!result.ok) {
      console.log(`${name}: ${result.reason}`);
      continue;
    }
    const [image] = result.value;
    if (image === undefined) continue;
    ms.push(took);
    cpu.push(cpuMs);
    bytes.push(image.bytes.byteLength);
    rows.push([
      name,
      `${image.pageWidth}×${image.pageHeight}`,
      `${image.width}×${image.height}`,
      fixed(took, 0),
      fixed(cpuMs, 0),
      fixed(image.bytes.byteLength / 1024, 0),
      mib(process.memoryUsage().rss),
    ]);
  }
  console.log(formatTable(["page", "pt", "px", "ms", "cpu ms", "KB", "RSS after"], rows));
  ms.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  bytes.sort((a, b) => a - b);
  console.log(
    `\n${ms.length} pages, ${options.format}${values.width ? ` ${values.width} px` : ""}: ` +
      `ms/page p50 ${fixed(quantile(ms, 0.5), 0)} p95 ${fixed(quantile(ms, 0.95), 0)} max ${fixed(ms.at(-1) ?? 0, 0)}; ` +
      `cpu ms/page p50 ${fixed(quantile(cpu, 0.5), 0)} p95 ${fixed(quantile(cpu, 0.95), 0)}; ` +
      `KB/page p50 ${fixed(quantile(bytes, 0.5) / 1024, 0)} p95 ${fixed(quantile(bytes, 0.95) / 1024, 0)} ` +
      `max ${fixed((bytes.at(-1) ?? 0) / 1024, 0)}; peak RSS ${mib(peak)}`,
  );
}

await main();
