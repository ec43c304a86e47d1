// Reading one page file for a command: bytes from disk, decoded, parsed. I/O and its errors live here.
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { decodeInput } from "../ingest/index.js";
import type { LayoutKind } from "../layout/index.js";
import type { Page } from "../model/index.js";
import { type PageMeta, parseText } from "../pipeline.js";

export type PageRead = { ok: true; page: Page } | { ok: false; error: string };

// Beyond this a file is not a newspaper page (the biggest real page text is well under 1 MB); refuse it
// rather than exhaust memory. Raise with --max-bytes.
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

const FS_ERRORS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory, not a page file",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

export function readBytes(
  file: string,
  cwd: string,
  maxBytes = DEFAULT_MAX_BYTES,
): { ok: true; bytes: Buffer } | { ok: false; error: string } {
  const path = resolve(cwd, file);
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, error: `${file}: ${FS_ERRORS.EISDIR}` };
    if (stat.size > maxBytes)
      return {
        ok: false,
        error: `${file}: ${stat.size} bytes is more than the limit of ${maxBytes} bytes (--max-bytes)`,
      };
    return { ok: true, bytes: readFileSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    return { ok: false, error: `${file}: ${FS_ERRORS[code] ?? `cannot read (${code || String(e)})`}` };
  }
}

export interface ReadOptions {
  meta?: PageMeta;
  layout?: LayoutKind;
  maxBytes?: number;
}

export function readPage(file: string, cwd: string, options: ReadOptions = {}): PageRead {
  const read = readBytes(file, cwd, options.maxBytes);
  if (!read.ok) return read;
  const decoded = decodeInput(read.bytes, file);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const page = parseText(decoded.text, {
    file,
    messages: decoded.messages,
    ...(options.meta ? { meta: options.meta } : {}),
    ...(options.layout ? { layout: options.layout } : {}),
  });
  return { ok: true, page };
}
