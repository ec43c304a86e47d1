// Folding: the one form that documents and queries are both reduced to before they are indexed or matched.
// Character by character (width, case, traditional → simplified, spaces), so that a piece of a text always
// folds to a piece of the folded text: the property the substring guarantee rests on.
import { simplifiedOf } from "./traditional.js";

/** A folded text and, per UTF-16 unit of it, the [start, end) of the original characters it came from. */
export interface Folded {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

const SPACE = 0x20;
const DROP = -1;
const UNKNOWN = -2;
/** Private-use code points banmian keeps for its own index tokens (see tokens.ts); text never carries them. */
export const RESERVED_FIRST = 0xe000;
export const RESERVED_LAST = 0xe0ff;

/**
 * The folded code point of each BMP code point met so far (SPACE, DROP, or UNKNOWN until met): filled as text
 * comes, since building all 65,536 up front would add ~65 ms to every `banmian search`.
 */
const BMP = new Int32Array(0x10000).fill(UNKNOWN);

function foldOne(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return SPACE; // control characters, NUL included
  if (cp >= 0xd800 && cp <= 0xdfff) return 0xfffd; // a lone surrogate (pairs never reach here)
  if (cp >= RESERVED_FIRST && cp <= RESERVED_LAST) return 0xfffd;
  // Zero-width characters and variation selectors: invisible, so a query typed without them still matches.
  if (cp === 0xad || (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || (cp >= 0xfe00 && cp <= 0xfe0f)) {
    return DROP;
  }
  let c = String.fromCodePoint(cp);
  if (/\s/u.test(c)) return SPACE; // includes the ideographic space U+3000 and NBSP
  // Full-width ASCII (ＡＢＣ１２３) and half-width katakana / punctuation (｡｢) to their usual forms;
  // CJK compatibility ideographs (U+F900–FAFF) to their unified twins.
  if (cp >= 0xff01 && cp <= 0xff5e) c = String.fromCodePoint(cp - 0xfee0);
  else if (cp >= 0xff5f && cp <= 0xffef) c = single(c.normalize("NFKC")) ?? c;
  else if (cp >= 0xf900 && cp <= 0xfaff) c = single(c.normalize("NFC")) ?? c;
  c = single(c.toLowerCase()) ?? c;
  return simplifiedOf(c.codePointAt(0) ?? cp);
}

function single(s: string): string | undefined {
  const cp = s.codePointAt(0);
  return cp !== undefined && s.length === (cp > 0xffff ? 2 : 1) ? s : undefined;
}

function foldAstral(cp: number): number {
  if (cp >= 0xe0100 && cp <= 0xe01ef) return DROP; // variation selectors supplement
  return simplifiedOf(cp);
}

/**
 * The folded form of a text: full-width → half-width, lower case, traditional → simplified, controls and
 * white space → one space (runs collapsed, ends trimmed), zero-width characters dropped.
 */
export function fold(text: string): string {
  return foldInto(text, null).text;
}

/** fold() with the origin of every folded unit, to put highlights back on the original text. */
export function foldMapped(text: string): Folded {
  const start = new Int32Array(text.length * 2);
  const end = new Int32Array(text.length * 2);
  const { text: folded } = foldInto(text, { start, end });
  return { text: folded, start: start.subarray(0, folded.length), end: end.subarray(0, folded.length) };
}

const UTF16 = new TextDecoder("utf-16le");

function mark(origin: { start: Int32Array; end: Int32Array }, at: number, from: number, to: number): void {
  origin.start[at] = from;
  origin.end[at] = to;
}

function foldInto(text: string, origin: { start: Int32Array; end: Int32Array } | null): { text: string } {
  const out = new Uint16Array(text.length * 2);
  let n = 0;
  let spaceFrom = -1; // start of a pending run of white space, written only when more text follows
  let spaceTo = -1;
  for (let i = 0; i < text.length; ) {
    let cp = text.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        width = 2;
      }
    }
    let f = cp <= 0xffff ? (BMP[cp] as number) : foldAstral(cp);
    if (f === UNKNOWN) {
      f = foldOne(cp);
      BMP[cp] = f;
    }
    if (f === SPACE) {
      if (n > 0 && spaceFrom < 0) spaceFrom = i;
      spaceTo = i + width;
    } else if (f !== DROP) {
      if (spaceFrom >= 0) {
        if (origin) mark(origin, n, spaceFrom, spaceTo);
        out[n++] = SPACE;
        spaceFrom = -1;
      }
      if (f > 0xffff) {
        if (origin) mark(origin, n, i, i + width);
        out[n++] = 0xd800 + ((f - 0x10000) >> 10);
        if (origin) mark(origin, n, i, i + width);
        out[n++] = 0xdc00 + ((f - 0x10000) & 0x3ff);
      } else {
        if (origin) mark(origin, n, i, i + width);
        out[n++] = f;
      }
    }
    i += width;
  }
  return { text: UTF16.decode(out.subarray(0, n)) };
}
