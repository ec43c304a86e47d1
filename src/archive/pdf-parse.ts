// The archive's door to the PDF parser: how many pages a PDF has, and one page of it parsed into a Page
// (ingest/pdf reads its glyph runs, pipeline.parsePdfPage lays them out and reads the articles and zones).
// One page at a time, unlike parsePdf's walk over a whole file: the archive skips unchanged pages unread.
import { openPdf } from "../ingest/pdf/read.js";
import type { Page } from "../model/index.js";
import { type PageMeta, parsePdfPage as parseRuns } from "../pipeline.js";
import type { Outcome } from "./prepare.js";

export async function pdfPageCount(raw: Uint8Array, file: string): Promise<Outcome<number>> {
  const opened = await openPdf(raw, file);
  if (!opened.ok) return { ok: false, reason: opened.error.replace(`${file}: `, "") };
  const count = opened.doc.numPages;
  await opened.doc.close();
  return { ok: true, value: count };
}

/** Page `index` (1-based) of a PDF, parsed; `meta` as for a text page (flags, manifest, path). */
export async function parsePdfPage(
  raw: Uint8Array,
  index: number,
  file: string,
  meta: PageMeta,
): Promise<Outcome<Page>> {
  const opened = await openPdf(raw, file);
  if (!opened.ok) return { ok: false, reason: opened.error.replace(`${file}: `, "") };
  try {
    if (index > opened.doc.numPages)
      return { ok: false, reason: `the PDF has no page ${index} (it has ${opened.doc.numPages})` };
    const read = await opened.doc.readPage(index);
    return { ok: true, value: parseRuns(read, { file, meta, messages: read.messages }) };
  } finally {
    await opened.doc.close();
  }
}
