// Page images (migration 3): written with their page version inside the ingest transaction, read by
// version or as the page's current one. The bytes are read only when asked for.
import { sha256Hex } from "../digest.js";
import type { PageImageInfo, PageImageInput, StoredPageImage } from "../types.js";
import type { Db } from "./open.js";
import { prepared } from "./prepared.js";

interface InfoRow {
  version: number;
  format: string;
  width: number;
  height: number;
  page_width: number;
  page_height: number;
  source_page: number;
  sha256: string;
  size: number;
}

const INFO_COLUMNS =
  "i.version, i.format, i.width, i.height, i.page_width, i.page_height, i.source_page, i.sha256, i.size";
// The given version, or the page's current one when the version parameter is NULL.
const WHERE = `FROM page_images i JOIN pages p ON p.id = i.page_id
  WHERE i.page_id = ? AND i.version = COALESCE(?, p.version)`;

/** Stores the image of a page version; called by the writer within its transaction. */
export function writePageImage(db: Db, pageId: string, version: number, image: PageImageInput): void {
  prepared<
    [string, number, string, number, number, number, number, number, string, number, Uint8Array],
    unknown
  >(
    db,
    `INSERT INTO page_images (page_id, version, format, width, height, page_width, page_height, source_page,
       sha256, size, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    pageId,
    version,
    image.format,
    image.width,
    image.height,
    image.pageWidth,
    image.pageHeight,
    image.sourcePage,
    sha256Hex(image.bytes),
    image.bytes.byteLength,
    image.bytes,
  );
}

export function readPageImageInfo(db: Db, pageId: string, version?: number): PageImageInfo | null {
  const row = prepared<[string, number | null], InfoRow>(db, `SELECT ${INFO_COLUMNS} ${WHERE}`).get(
    pageId,
    version ?? null,
  );
  return row === undefined ? null : toInfo(row);
}

export function readPageImage(db: Db, pageId: string, version?: number): StoredPageImage | null {
  const row = prepared<[string, number | null], InfoRow & { bytes: Buffer }>(
    db,
    `SELECT ${INFO_COLUMNS}, i.bytes ${WHERE}`,
  ).get(pageId, version ?? null);
  if (row === undefined) return null;
  const bytes = new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
  return { ...toInfo(row), bytes };
}

function toInfo(row: InfoRow): PageImageInfo {
  return {
    version: row.version,
    format: row.format === "png" ? "png" : "webp",
    width: row.width,
    height: row.height,
    pageWidth: row.page_width,
    pageHeight: row.page_height,
    sourcePage: row.source_page,
    sha256: row.sha256,
    size: row.size,
  };
}
