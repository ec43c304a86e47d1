// A PDF file → one Page per PDF page, through the same stages as text (pipeline.parsePdfPage). Pages are
// read and parsed one at a time, so a 200-page file holds one page's text in memory, not all of them.
import { parseFileName } from "../../meta/index.js";
import type { Page } from "../../model/index.js";
import { type PageMeta, parsePdfPage } from "../../pipeline.js";
import { openPdf } from "./read.js";

export interface PdfParseOptions {
  /** The path as given; goes to Page.file and names the file in messages. */
  file: string;
  /** Flags; for a multi-page file `page` is the first page's number. */
  meta?: PageMeta;
}

export type PdfPageResult = { ok: true; page: Page } | { ok: false; error: string };

/**
 * Pages of the file in order. A file that cannot be opened (encrypted, corrupt, truncated) yields one
 * error; a page that cannot be read yields a Page with an error message; a file without any text at
 * all (scanned images) yields an error naming its pages.
 */
export async function* parsePdf(bytes: Uint8Array, options: PdfParseOptions): AsyncGenerator<PdfPageResult> {
  const opened = await openPdf(bytes, options.file);
  if (!opened.ok) {
    yield opened;
    return;
  }
  const doc = opened.doc;
  // Pages without text wait until a page with text shows the file is not a scan.
  const pending: Page[] = [];
  let sawText = false;
  try {
    const base = options.meta?.page ?? parseFileName(options.file).meta.page ?? null;
    for (let index = 1; index <= doc.numPages; index++) {
      const read = await doc.readPage(index);
      const page = parsePdfPage(read, {
        file: options.file,
        ...pageMeta(options, base, index, doc.numPages),
        messages: read.messages,
      });
      if (!sawText && read.runs.length === 0) {
        pending.push(page);
        continue;
      }
      sawText = true;
      for (const p of pending.splice(0)) yield { ok: true, page: p };
      yield { ok: true, page };
    }
  } finally {
    await doc.close();
  }
  if (!sawText) {
    const unreadable = pending.flatMap((p) => p.messages.filter((m) => m.rule === "pdf/page-unreadable"));
    const where = doc.numPages === 1 ? "page 1" : `any of its ${doc.numPages} pages`;
    yield {
      ok: false,
      error:
        unreadable.length > 0
          ? (unreadable[0]?.message ?? options.file)
          : `${options.file}: no text found on ${where}; an image-only (scanned) PDF needs OCR first`,
    };
  }
}

/**
 * A one-page file is read like a text page (flags, then the file name, then its header). The pages of a
 * longer file are numbered from the flags' or file name's page on; their paper and date come from the
 * same place, and the file name itself is not read again (its page number is the first page's only).
 */
function pageMeta(
  options: PdfParseOptions,
  base: number | null,
  index: number,
  count: number,
): { meta?: PageMeta; metaFile?: string | null } {
  const meta: PageMeta = { ...(options.meta ?? {}) };
  if (count === 1) return { meta };
  const named = parseFileName(options.file).meta;
  if (meta.paper === undefined && named.paperId) meta.paper = named.paperId;
  if (meta.date === undefined && named.date) meta.date = named.date;
  if (base !== null) meta.page = base + index - 1;
  return { meta, metaFile: null };
}
