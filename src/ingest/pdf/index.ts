// The PDF adapter: a PDF's text layer (pdfjs-dist) as glyph runs, page by page, parsed by the same
// stages as text (pipeline.parsePdfPage). Encrypted, corrupt and image-only files are messages, not crashes.
export { type PdfPageResult, type PdfParseOptions, parsePdf } from "./parse.js";
export { ideographFor, type Normalized, normalizeRadicals } from "./radicals.js";
export { MAX_RUNS_PER_PAGE, openPdf, type PdfDocument, type PdfOpen, type PdfPageRead } from "./read.js";
