// A byte-level UTF-8 check that says where each invalid sequence is, which TextDecoder cannot.
// It follows the WHATWG decoder exactly, so it finds one sequence per U+FFFD that TextDecoder emits.

/** One stretch of bytes that decoded to U+FFFD. */
export interface InvalidSequence {
  /** 1-based line in the decoded text (CRLF and lone CR count as one line break, as after normalising). */
  line: number;
  /** Offset in the whole file, or null when the decoder cannot say (iconv-lite decodings). */
  byteOffset: number | null;
  /** The offending bytes, or null when unknown. */
  bytes: number[] | null;
}

export interface Utf8Scan {
  /** The first `keep` invalid sequences, in file order. */
  invalid: InvalidSequence[];
  invalidCount: number;
  /** Well-formed sequences of 2–4 bytes: evidence the file really is UTF-8. */
  multibyteCount: number;
  /** The last invalid sequence is a good start cut off by the end of the file (truncated download). */
  truncated: boolean;
}

/**
 * Scans `bytes` (which start at file offset `base`, e.g. 3 after a BOM) and keeps the first `keep`
 * invalid sequences. Linear, no allocation per byte.
 */
export function scanUtf8(bytes: Uint8Array, base = 0, keep = 20): Utf8Scan {
  const invalid: InvalidSequence[] = [];
  let invalidCount = 0;
  let multibyteCount = 0;
  let line = 1;
  let prev = -1;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;

  const report = (from: number, to: number): void => {
    invalidCount++;
    if (invalid.length < keep) {
      invalid.push({ line, byteOffset: base + from, bytes: Array.from(bytes.subarray(from, to)) });
    }
  };

  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (needed === 0) {
      if (b < 0x80) {
        if (b === 0x0d || (b === 0x0a && prev !== 0x0d)) line++;
      } else if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f; // surrogates are not allowed in UTF-8
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f; // nothing above U+10FFFF
        needed = 3;
      } else {
        report(i, i + 1);
      }
      start = i;
      prev = b;
      i++;
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence so far is a maximal invalid subpart; `b` starts afresh, so do not advance.
      report(start, i);
      needed = 0;
      seen = 0;
      lower = 0x80;
      upper = 0xbf;
      prev = -1;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    seen++;
    if (seen === needed) {
      multibyteCount++;
      needed = 0;
      seen = 0;
    }
    prev = b;
    i++;
  }
  const truncated = needed > 0;
  if (truncated) report(start, bytes.length);
  return { invalid, invalidCount, multibyteCount, truncated };
}
