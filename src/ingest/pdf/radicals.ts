// Radical look-alikes in PDF text layers → the ideographs printed. Fonts such as Noto CJK draw 日 and
// ⽇ with one glyph; a PDF writer that names each glyph by its lowest code point then puts ⽇ (U+2F47)
// in the text layer where the page shows 日. Kangxi Radicals (U+2F00–2FD5) fold to the ideograph under
// NFKC; the CJK Radicals Supplement (⺠ for 民, ⻔ for 门) does not, so it takes the table.
import { RADICAL_EQUIVALENTS } from "./radical-table.js";

const KANGXI_FIRST = 0x2f00;
const KANGXI_LAST = 0x2fd5;

/**
 * Look-alikes that Simplified Chinese faces leave in a text layer where neither NFKC nor the equivalents
 * table gives what was printed, read off Noto Sans and Serif CJK SC (Regular and Bold) with fontTools: a
 * PDF writer names a glyph by a code point the font's cmap gives it, and a shaped glyph may be another
 * code point's. The development corpus has 346 户 and 613 — but no 戶 and no ―; `--font noto` printed
 * 戶 and ― in their place.
 */
export const SC_FACE_LOOK_ALIKES: readonly (readonly [number, number])[] = [
  // ⼾ KANGXI RADICAL DOOR: the SC faces map it to 户's glyph (U+6237), where NFKC gives the traditional 戶.
  [0x2f3e, 0x6237],
  // ― HORIZONTAL BAR: the SC faces' locl and fwid features draw the em dash — (U+2014) with the glyph the
  // cmap gives ―, so a writer that names glyphs through the cmap writes ― for every printed —.
  [0x2015, 0x2014],
];

const EQUIVALENT = new Map(
  [...RADICAL_EQUIVALENTS, ...SC_FACE_LOOK_ALIKES].map(([from, to]) => [from, String.fromCodePoint(to)]),
);

/** Every code point the normalizer may replace: the Kangxi block and the tables' look-alikes. */
const LOOK_ALIKE = /[\u2015\u2e80-\u2eff\u2f00-\u2fdf\u31c0-\u31ef]/u;

export interface Normalized {
  text: string;
  /** How many look-alikes were replaced. */
  replaced: number;
}

/** The character a look-alike (a radical, or one of SC_FACE_LOOK_ALIKES) stands for, or null when it is not one. */
export function ideographFor(char: string): string | null {
  const cp = char.codePointAt(0) ?? 0;
  const listed = EQUIVALENT.get(cp);
  if (listed !== undefined) return listed;
  if (cp >= KANGXI_FIRST && cp <= KANGXI_LAST) return char.normalize("NFKC");
  return null;
}

/**
 * Replaces radical look-alikes with their ideographs and leaves every other character as it is: NFKC on
 * the whole text would also fold full-width digits (２０２５) and the ideographic space, which print as they are.
 */
export function normalizeRadicals(text: string): Normalized {
  if (!LOOK_ALIKE.test(text)) return { text, replaced: 0 };
  let out = "";
  let replaced = 0;
  for (const char of text) {
    const ideograph = LOOK_ALIKE.test(char) ? ideographFor(char) : null;
    if (ideograph === null) out += char;
    else {
      out += ideograph;
      replaced++;
    }
  }
  return { text: out, replaced };
}
