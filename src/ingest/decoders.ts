// Decoding with a known encoding, keeping track of every sequence that became U+FFFD and where,
// so a broken byte is reported rather than silently replaced.
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import type { Message } from "../model/index.js";
import { type InvalidSequence, scanUtf8, type Utf8Scan } from "./utf8-scan.js";

/** Invalid sequences reported one by one; the rest are summed up in one more message. */
export const MAX_INVALID_MESSAGES = 20;

export interface Decoded {
  /** As decoded: line endings not yet normalised. */
  text: string;
  encoding: string;
  invalid: InvalidSequence[];
  invalidCount: number;
}

const REPLACEMENT = "\uFFFD";

/** Decodes `bytes` from offset `start` (past a BOM) in `encoding`, an iconv-lite name or UTF-8/16. */
export function decodeAs(encoding: string, bytes: Uint8Array, start = 0): Decoded {
  const body = bytes.subarray(start);
  if (encoding === "UTF-8") return decodeUtf8(bytes, start);
  if (encoding === "UTF-16LE" || encoding === "UTF-16BE") return decodeUtf16(encoding, body, start);
  const text = iconv.decode(body, encoding, { stripBOM: false });
  // iconv-lite does not say where it replaced bytes; the line of each U+FFFD is the best we know.
  const at = replacementIndices(text, () => true);
  return {
    text,
    encoding,
    invalid: linesAt(text, at.kept).map((line) => ({ line, byteOffset: null, bytes: null })),
    invalidCount: at.count,
  };
}

/** UTF-8, plus the scan's evidence for and against it being UTF-8 at all (null when it is valid). */
export function decodeUtf8(bytes: Uint8Array, start = 0): Decoded & { scan: Utf8Scan | null } {
  const body = bytes.subarray(start);
  // ignoreBOM: a second U+FEFF after the BOM is content, and content is never dropped.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
  if (isUtf8(body)) return { text, encoding: "UTF-8", invalid: [], invalidCount: 0, scan: null };
  const scan = scanUtf8(body, start, MAX_INVALID_MESSAGES);
  return { text, encoding: "UTF-8", invalid: scan.invalid, invalidCount: scan.invalidCount, scan };
}

function decodeUtf16(encoding: "UTF-16LE" | "UTF-16BE", body: Uint8Array, start: number): Decoded {
  const text = new TextDecoder(encoding.toLowerCase(), { ignoreBOM: true }).decode(body);
  const le = encoding === "UTF-16LE";
  const unitAt = (i: number): number | null => {
    const a = body[2 * i];
    const b = body[2 * i + 1];
    if (a === undefined || b === undefined) return null;
    return le ? a | (b << 8) : (a << 8) | b;
  };
  // One code unit in, one out: text index i is byte 2i. A U+FFFD that was U+FFFD in the file is content.
  const at = replacementIndices(text, (i) => unitAt(i) !== 0xfffd);
  const lines = linesAt(text, at.kept);
  const invalid = at.kept.map((i, k) => {
    const unit = unitAt(i);
    const bytes = unit === null ? [body[2 * i] as number] : [unit >> 8, unit & 0xff];
    return { line: lines[k] as number, byteOffset: start + 2 * i, bytes: le ? bytes.reverse() : bytes };
  });
  return { text, encoding, invalid, invalidCount: at.count };
}

/** Indices of U+FFFD that `isInvalid` accepts: the first MAX_INVALID_MESSAGES, and how many in all. */
function replacementIndices(
  text: string,
  isInvalid: (i: number) => boolean,
): { kept: number[]; count: number } {
  const kept: number[] = [];
  let count = 0;
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) {
    if (!isInvalid(i)) continue;
    count++;
    if (kept.length < MAX_INVALID_MESSAGES) kept.push(i);
  }
  return { kept, count };
}

/** 1-based line of each (ascending) index, counting CRLF and lone CR as one break, as normalising will. */
export function linesAt(text: string, indices: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let pos = 0;
  for (const index of indices) {
    for (; pos < index; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 0x0d || (c === 0x0a && text.charCodeAt(pos - 1) !== 0x0d)) line++;
    }
    lines.push(line);
  }
  return lines;
}

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/** One warning per invalid sequence (up to the cap), then one that counts the rest. */
export function invalidMessages(decoded: Decoded): Message[] {
  const messages: Message[] = decoded.invalid.map((seq) => {
    const what = seq.bytes ? ` ${seq.bytes.map(hex).join(" ")}` : "";
    const where = seq.byteOffset === null ? "" : ` at byte offset ${seq.byteOffset}`;
    return {
      level: "warning",
      rule: "decode/invalid-byte",
      message: `invalid ${decoded.encoding}${what}${where}, replaced with U+FFFD`,
      line: seq.line,
    };
  });
  const rest = decoded.invalidCount - decoded.invalid.length;
  if (rest > 0) {
    messages.push({
      level: "warning",
      rule: "decode/invalid-byte",
      message: `… and ${rest} more invalid ${decoded.encoding} sequences (${decoded.invalidCount} in all), each replaced with U+FFFD`,
    });
  }
  return messages;
}
