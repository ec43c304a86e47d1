// The development corpus as a test bed: load the real pages, render them into raw page text in
// several layouts (or print them as PDF pages, pdf/), and get the gold Page the parser must recover.
export { dumpRenderings } from "./dump.js";
export type { GoldArticle, GoldPage } from "./gold.js";
export { LAYOUTS, type Layout } from "./layouts.js";
export { type CorpusArticle, type CorpusPage, corpusPath, type JumpRole, loadCorpus } from "./load.js";
export {
  type PdfFont,
  type PdfRendering,
  printPdfs,
  printPdfsWithStats,
  renderPdfCorpus,
  renderPdfHtml,
  samplePdf,
} from "./pdf/index.js";
export {
  draftPage,
  type PageDraft,
  type Rendering,
  type RenderOptions,
  renderCorpus,
  renderPage,
} from "./render.js";
