// A PDF's text layer through pdfjs-dist: the document opened once, then one page at a time as glyph runs,
// so memory holds one page's text, never the whole file. Every failure is a message naming file and page.

import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import type { GlyphRun, PdfPageRuns } from "../../layout/pdf/types.js";
import type { Message } from "../../model/index.js";
import { getDocument, type PDFDocumentProxy, type PDFPageProxy, Util } from "./pdfjs.js";
import { normalizeRadicals } from "./radicals.js";
import { fitSpaces } from "./spaces.js";

export interface PdfPageRead extends PdfPageRuns {
  messages: Message[];
}

export interface PdfDocument {
  file: string;
  numPages: number;
  /** Reads page `index` (1-based); a page that cannot be read comes back empty with an error message. */
  readPage(index: number): Promise<PdfPageRead>;
  close(): Promise<void>;
}

export type PdfOpen = { ok: true; doc: PdfDocument } | { ok: false; error: string };

// A newspaper page holds a few thousand runs; a page with more is not one, and would hold memory for nothing.
export const MAX_RUNS_PER_PAGE = 200_000;

/** Fonts are read from the file only: no system fonts, no font faces, no eval (hostile files). */
const DOCUMENT_OPTIONS = {
  disableFontFace: true,
  isEvalSupported: false,
  useSystemFonts: false,
  verbosity: 0,
} as const;

export async function openPdf(bytes: Uint8Array, file: string): Promise<PdfOpen> {
  let task: ReturnType<typeof getDocument> | null = null;
  try {
    // pdfjs takes ownership of (detaches) the buffer it is given, and wants a plain Uint8Array (not a
    // Node Buffer): hand it a copy.
    task = getDocument({ ...DOCUMENT_OPTIONS, data: new Uint8Array(bytes) });
    const doc = await task.promise;
    return { ok: true, doc: wrap(doc, file) };
  } catch (e) {
    await task?.destroy().catch(() => {});
    return { ok: false, error: `${file}: ${openProblem(e)}` };
  }
}

function openProblem(e: unknown): string {
  const name = (e as { name?: string })?.name;
  const message = (e as Error)?.message ?? String(e);
  if (name === "PasswordException")
    return "the PDF is encrypted and needs a password; save an unprotected copy first (e.g. qpdf --decrypt)";
  if (name === "InvalidPDFException")
    return `not a readable PDF (${message.replace(/\.$/, "")}): the file may be truncated or corrupt`;
  return `cannot read the PDF (${message})`;
}

function wrap(doc: PDFDocumentProxy, file: string): PdfDocument {
  return {
    file,
    numPages: doc.numPages,
    readPage: (index) => readPage(doc, file, index),
    close: () => doc.destroy(),
  };
}

async function readPage(doc: PDFDocumentProxy, file: string, index: number): Promise<PdfPageRead> {
  let page: PDFPageProxy | null = null;
  try {
    page = await doc.getPage(index);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const messages: Message[] = [];
    const items = content.items.filter((i): i is TextItem => "str" in i && i.str.length > 0);
    if (items.length > MAX_RUNS_PER_PAGE) {
      messages.push({
        level: "error",
        rule: "pdf/too-many-runs",
        message: `${file} page ${index}: ${items.length} text runs; only the first ${MAX_RUNS_PER_PAGE} are read`,
      });
      items.length = MAX_RUNS_PER_PAGE;
    }
    let replaced = 0;
    const runs: GlyphRun[] = [];
    for (const item of items) {
      const normalized = normalizeRadicals(item.str);
      replaced += normalized.replaced;
      runs.push(toRun(item, normalized.text, viewport.transform));
    }
    if (replaced > 0)
      messages.push({
        level: "info",
        rule: "pdf/radicals",
        message: `${file} page ${index}: ${replaced} radical look-alikes in the text layer read as the ideographs printed (⽇ → 日, ⺠ → 民)`,
      });
    return { index, width: viewport.width, height: viewport.height, runs: fitSpaces(runs), messages };
  } catch (e) {
    return {
      index,
      width: 0,
      height: 0,
      runs: [],
      messages: [
        {
          level: "error",
          rule: "pdf/page-unreadable",
          message: `${file} page ${index}: cannot read the page (${(e as Error)?.message ?? String(e)})`,
        },
      ],
    };
  } finally {
    // Fonts and parsed content of the page are dropped before the next page is read.
    page?.cleanup();
  }
}

/** A text item in page space (top-left origin): the item's matrix times the viewport's. */
function toRun(item: TextItem, text: string, view: number[]): GlyphRun {
  const [a, b, c, d, e, f] = Util.transform(view, item.transform) as number[];
  const size = Math.hypot(c ?? 0, d ?? 0);
  // Upright text has its baseline along x: a > 0, b = 0 in page space.
  const rotated = Math.abs(b ?? 0) > 1e-3 * size || (a ?? 0) <= 0;
  const run: GlyphRun = {
    text,
    x: e ?? 0,
    y: f ?? 0,
    width: item.width,
    size,
    font: item.fontName,
    bold: false,
  };
  if (rotated) run.rotated = true;
  return run;
}
