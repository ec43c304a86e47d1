// What the first bytes of a file say before any decoding: known binary formats, byte-order marks,
// and NUL bytes lined up the way UTF-16 without a BOM lines them up.

/** A binary format recognised by its magic number, with the reason the decoder gives for refusing it. */
export interface Magic {
  name: string;
  bytes: readonly number[];
  problem: string;
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Formats people plausibly hand to a text parser by mistake. Checked at offset 0 only. */
export const MAGIC_NUMBERS: readonly Magic[] = [
  // %PDF-1.7 — the e-paper PDFs most pages come from. `banmian parse` sends them to the PDF adapter
  // (ingest/pdf) before decoding; other commands still take text only.
  {
    name: "PDF",
    bytes: ascii("%PDF-"),
    problem:
      "this is a PDF; PDF input is not supported yet by this command (banmian parse reads PDF files; or extract the text first, e.g. pdftotext -layout)",
  },
  {
    name: "PNG",
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    problem: "this is a PNG image, not text",
  },
  { name: "JPEG", bytes: [0xff, 0xd8, 0xff], problem: "this is a JPEG image, not text" },
  { name: "GIF", bytes: ascii("GIF8"), problem: "this is a GIF image, not text" },
  { name: "TIFF", bytes: [0x49, 0x49, 0x2a, 0x00], problem: "this is a TIFF image, not text" },
  { name: "TIFF", bytes: [0x4d, 0x4d, 0x00, 0x2a], problem: "this is a TIFF image, not text" },
  // PK\3\4 also opens .docx, .xlsx, .epub and .odt.
  {
    name: "ZIP",
    bytes: [0x50, 0x4b, 0x03, 0x04],
    problem: "this is a ZIP archive (or .docx/.xlsx/.epub); unpack it or save it as text first",
  },
  { name: "ZIP", bytes: [0x50, 0x4b, 0x05, 0x06], problem: "this is an empty ZIP archive, not text" },
  { name: "GZIP", bytes: [0x1f, 0x8b], problem: "this is gzip-compressed; decompress it first (gunzip)" },
  { name: "BZIP2", bytes: ascii("BZh"), problem: "this is bzip2-compressed; decompress it first (bunzip2)" },
  {
    name: "XZ",
    bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
    problem: "this is xz-compressed; decompress it first",
  },
  { name: "7Z", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], problem: "this is a 7-Zip archive, not text" },
  { name: "RAR", bytes: ascii("Rar!\x1a\x07"), problem: "this is a RAR archive, not text" },
  // Old Word/Excel (.doc/.xls) are OLE2 compound files.
  {
    name: "OLE2",
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    problem: "this is an old Office document (.doc/.xls); save it as text first",
  },
  { name: "SQLite", bytes: ascii("SQLite format 3\0"), problem: "this is an SQLite database, not text" },
  { name: "ELF", bytes: [0x7f, 0x45, 0x4c, 0x46], problem: "this is an executable (ELF), not text" },
];

export type BomEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "UTF-32LE" | "UTF-32BE";

export interface Bom {
  encoding: BomEncoding;
  bytes: readonly number[];
}

/** Longest first: FF FE 00 00 is UTF-32LE, not UTF-16LE followed by U+0000. */
export const BOMS: readonly Bom[] = [
  { encoding: "UTF-32LE", bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: "UTF-32BE", bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: "UTF-8", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "UTF-16LE", bytes: [0xff, 0xfe] },
  { encoding: "UTF-16BE", bytes: [0xfe, 0xff] },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** A PDF file by its first bytes (%PDF-), whatever its extension. */
export function isPdf(bytes: Uint8Array): boolean {
  return startsWith(bytes, ascii("%PDF-"));
}

export function findMagic(bytes: Uint8Array): Magic | null {
  return MAGIC_NUMBERS.find((m) => startsWith(bytes, m.bytes)) ?? null;
}

export function findBom(bytes: Uint8Array): Bom | null {
  return BOMS.find((b) => startsWith(bytes, b.bytes)) ?? null;
}

/**
 * Share of NUL bytes that must sit at the same parity before UTF-16 is proposed. ASCII puts its
 * NUL on one side (41 00 in LE), but so does every U+xx00 hanzi on the other (一 is 00 4E): the
 * sample page in UTF-16LE has 81% of its NULs at odd offsets; random bytes ~50%. The candidate is
 * scored as text before it is taken, so 0.7 only decides what gets tried first.
 */
export const UTF16_NUL_PARITY = 0.7;

export interface NulCounts {
  even: number;
  odd: number;
}

export function countNuls(sample: Uint8Array): NulCounts {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  return { even, odd };
}

/** UTF-16 byte order suggested by where the NULs sit, or null when they do not line up. */
export function utf16FromNuls({ even, odd }: NulCounts): "UTF-16LE" | "UTF-16BE" | null {
  const total = even + odd;
  if (total === 0) return null;
  // ASCII "A" is 41 00 in LE (NUL at odd offsets) and 00 41 in BE (NUL at even offsets).
  if (odd / total >= UTF16_NUL_PARITY) return "UTF-16LE";
  if (even / total >= UTF16_NUL_PARITY) return "UTF-16BE";
  return null;
}
