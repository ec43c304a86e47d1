// Corpus pages (and the sample page) printed as newspaper-like PDF pages with headless Chromium,
// each with the gold Page a PDF parser must recover: the PDF test bed of issue 5.
import type { GoldPage } from "../gold.js";
import type { CorpusPage } from "../load.js";
import type { PdfFont } from "./html.js";
import { type PrintOptions, printPdfs } from "./print.js";
import { renderPdfHtml } from "./render.js";
import { sampleHtml } from "./sample.js";

export { arrange, type Band, type Cell, type Placed } from "./arrange.js";
export type { PdfFont } from "./html.js";
export type { Block, PdfItem, PdfPage } from "./model.js";
export {
  CHROMIUM,
  CHROMIUM_ARGS,
  type PrintOptions,
  type PrintStats,
  pageCount,
  printPdfs,
  printPdfsWithStats,
} from "./print.js";
export { type PdfHtml, renderPdfHtml } from "./render.js";
export { SAMPLE_FILE, sampleHtml } from "./sample.js";
export { BAND_SHAPES, type PageStyle, VARIANTS, type Variant } from "./variants.js";

export interface PdfRendering {
  /** rmrb-2019-02-01-p03.pdf */
  file: string;
  variant: string;
  html: string;
  pdf: Uint8Array;
  gold: GoldPage;
}

export async function renderPdfCorpus(
  pages: readonly CorpusPage[],
  options: { seed: number; font: PdfFont } & PrintOptions,
): Promise<PdfRendering[]> {
  const docs = pages.map((page) => renderPdfHtml(page, options));
  const pdfs = await printPdfs(docs, options);
  return docs.map((doc, i) => ({ ...doc, pdf: pdfs[i] as Uint8Array }));
}

export async function samplePdf(
  options: { font: PdfFont } & PrintOptions,
): Promise<{ file: string; pdf: Uint8Array; gold: GoldPage }> {
  const { file, html, gold } = sampleHtml(options);
  const [pdf] = await printPdfs([{ html }], options);
  return { file, pdf: pdf as Uint8Array, gold };
}
