// One page source read, decoded (text) or read and drawn (PDF, pdf.ts) and parsed, with the issue it
// belongs to; or the reason it cannot be.
import { readFileSync, statSync } from "node:fs";
import { decodeInput } from "../ingest/index.js";
import { paperById, paperByName } from "../meta/index.js";
import type { Page } from "../model/index.js";
import { parseText } from "../pipeline.js";
import { DEFAULT_EDITION, type IssueKey, PAPER_ID, type PageImageInput } from "../store/index.js";
import { fsReason } from "./discover.js";
import { isPdf, readPdfPage } from "./pdf.js";
import type { PageSource, SourceMeta } from "./sources.js";

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A page file (or a PDF's page) as read: its parse, and its picture when it has one. */
export interface PageRead {
  parsed: Page;
  image?: PageImageInput;
}

export interface ParsedSource {
  key: IssueKey;
  page: number;
  /** The paper's printed name as parsed, for a paper the registry does not know. */
  paperName: string | null;
  raw: Uint8Array;
  parsed: Page;
  /** A PDF page's picture, for the reader. */
  image?: PageImageInput;
}

const WHERE_META =
  "pass --paper/--date/--page, name the file <paper>-<YYYY-MM-DD>-p<NN>.txt (or .pdf), or put it in <paper>/<YYYY-MM-DD>/p<NN>.txt";

/** The issue a source belongs to by what is known before reading it, or null when parsing must tell. */
export function knownKey(meta: SourceMeta): IssueKey | null {
  const paper = meta.paper === undefined ? null : paperId(meta.paper);
  if (paper === null || meta.date === undefined) return null;
  return { paper, date: meta.date, edition: meta.edition ?? DEFAULT_EDITION };
}

/** A registry id for an id or a printed name; unknown ids are kept when they look like ids. */
export function paperId(paper: string): string | null {
  const known = paperById(paper) ?? paperByName(paper);
  if (known) return known.id;
  const id = paper.trim().toLowerCase();
  return PAPER_ID.test(id) ? id : null;
}

// The last file read, kept while its size and mtime hold: the pages of a multi-page PDF are read one after
// another and must share one copy of its bytes, not hold one each until their issue is stored.
let last: { path: string; size: number; mtimeMs: number; bytes: Uint8Array } | null = null;

export function readSource(source: PageSource, maxBytes: number): Outcome<Uint8Array> {
  try {
    const { size, mtimeMs } = statSync(source.path);
    if (size > maxBytes)
      return { ok: false, reason: `${size} bytes is more than the limit of ${maxBytes} (--max-bytes)` };
    if (last?.path === source.path && last.size === size && last.mtimeMs === mtimeMs)
      return { ok: true, value: last.bytes };
    // A plain Uint8Array over the Buffer's memory: pdfjs refuses Buffers (and Buffer.slice does not copy).
    const file = readFileSync(source.path);
    const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
    last = { path: source.path, size, mtimeMs, bytes };
    return { ok: true, value: bytes };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "EISDIR" ? "is a folder, not a page file" : fsReason(error) };
  }
}

function readText(source: PageSource, raw: Uint8Array): Outcome<PageRead> {
  const decoded = decodeInput(raw, source.file);
  if (!decoded.ok) return { ok: false, reason: decoded.error.replace(`${source.file}: `, "") };
  const { paper, date, page, pageName } = source.meta;
  const parsed = parseText(decoded.text, {
    file: source.file,
    messages: decoded.messages,
    meta: { paper: paper ?? null, date: date ?? null, page: page ?? null, pageName: pageName ?? null },
  });
  return { ok: true, value: { parsed } };
}

export async function parseSource(source: PageSource, raw: Uint8Array): Promise<Outcome<ParsedSource>> {
  const read = isPdf(source, raw) ? await readPdfPage(source, raw) : readText(source, raw);
  if (!read.ok) return read;
  const { parsed, image } = read.value;
  const id = parsed.paperId ?? (parsed.paper === null ? null : paperId(parsed.paper));
  if (id === null || !PAPER_ID.test(id))
    return {
      ok: false,
      reason:
        parsed.paper === null
          ? `which paper is unknown: ${WHERE_META}`
          : `paper ${parsed.paper} is not in the registry (src/meta/papers.ts): give its id, e.g. --paper lcrb`,
    };
  if (parsed.date === null) return { ok: false, reason: `the date is unknown: ${WHERE_META}` };
  if (parsed.page === null) return { ok: false, reason: `the page number is unknown: ${WHERE_META}` };
  return {
    ok: true,
    value: {
      key: { paper: id, date: parsed.date, edition: source.meta.edition ?? DEFAULT_EDITION },
      page: parsed.page,
      paperName: parsed.paper,
      raw,
      parsed,
      ...(image === undefined ? {} : { image }),
    },
  };
}
