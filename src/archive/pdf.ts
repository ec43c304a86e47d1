// PDF page sources: a PDF file is one archive page per PDF page (a multi-page file numbered on from the
// page its metadata gives, else from 1); each page parsed and drawn as the reader's facsimile. The raw
// input kept for every page is the whole file, byte for byte, so every page of an unchanged file is skipped.
import { type ImageOptions, renderPdfPages } from "../ingest/pdf/image.js";
import { parsePdfPage, pdfPageCount } from "./pdf-parse.js";
import type { Outcome, PageRead } from "./prepare.js";
import type { PageSource } from "./sources.js";

const PDF_MAGIC = "%PDF-";

/** A PDF by its name or its first bytes (a PDF saved as .txt is still one). */
export function isPdf(source: PageSource, raw?: Uint8Array): boolean {
  if (/\.pdf$/iu.test(source.path)) return true;
  if (raw === undefined || raw.byteLength < PDF_MAGIC.length) return false;
  return [...PDF_MAGIC].every((c, i) => raw[i] === c.charCodeAt(0));
}

/**
 * PDF sources split into one source per PDF page; other sources as they are. A PDF that cannot be read
 * (too big, missing, not a PDF) stays one source, so reading it later fails with its own reason.
 */
export async function splitPdfSources(
  sources: readonly PageSource[],
  read: (source: PageSource) => Outcome<Uint8Array>,
): Promise<PageSource[]> {
  const out: PageSource[] = [];
  for (const source of sources) {
    if (!isPdf(source) || source.pdfPage !== undefined) {
      out.push(source);
      continue;
    }
    const raw = read(source);
    const count = raw.ok ? await pdfPageCount(raw.value, source.file) : null;
    if (count === null || !count.ok || count.value <= 1) {
      out.push({ ...source, pdfPage: 1 });
      continue;
    }
    const first = source.meta.page ?? 1;
    for (let k = 1; k <= count.value; k++) {
      const { pageName, ...meta } = source.meta;
      out.push({
        ...source,
        // The PDF open-parameters fragment: readable, and no file-name convention reads a page from it.
        file: `${source.file}#page=${k}`,
        meta: { ...meta, page: first + k - 1, ...(k === 1 && pageName !== undefined ? { pageName } : {}) },
        pdfPage: k,
      });
    }
  }
  return out;
}

/** One PDF page parsed and drawn; a picture that cannot be drawn is a warning, the text still counts. */
export async function readPdfPage(
  source: PageSource,
  raw: Uint8Array,
  options: ImageOptions = {},
): Promise<Outcome<PageRead>> {
  const index = source.pdfPage ?? 1;
  const { paper, date, page, pageName } = source.meta;
  const parsed = await parsePdfPage(raw, index, source.file, {
    paper: paper ?? null,
    date: date ?? null,
    page: page ?? null,
    pageName: pageName ?? null,
  });
  if (!parsed.ok) return parsed;
  const drawn = await renderPdfPages(raw, [index], options);
  const [image] = drawn.ok ? drawn.value : [];
  if (image === undefined) {
    const reason = drawn.ok ? "nothing drawn" : drawn.reason;
    parsed.value.messages.push({
      level: "warning",
      rule: "pdf/image",
      message: `${source.file}: no page image for the reader (${reason})`,
    });
    return { ok: true, value: { parsed: parsed.value } };
  }
  return { ok: true, value: { parsed: parsed.value, image: { ...image, sourcePage: index } } };
}
