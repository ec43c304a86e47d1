// Radical look-alikes in PDF text layers → the ideographs printed. Fonts such as Noto CJK draw 日 and
// ⽇ with one glyph; a PDF writer that names each glyph by its lowest code point then puts ⽇ (U+2F47)
// in the text layer where the page shows 日. Kangxi Radicals (U+2F00–2FD5) fold to the ideograph under
// NFKC; the CJK Radicals Supplement (⺠ for 民, ⻔ for 门) does not, so it takes the table.
import { RADICAL_EQUIVALENTS } from "./radical-table.js";

const KANGXI_FIRST = 0x2f00;
const KANGXI_LAST = 0x2fd5;

const EQUIVALENT = new Map(RADICAL_EQUIVALENTS.map(([from, to]) => [from, String.fromCodePoint(to)]));

/** Every code point the normalizer may replace: the Kangxi block and the table's look-alikes. */
const LOOK_ALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\u31c0-\u31ef]/u;

export interface Normalized {
  text: string;
  /** How many look-alikes were replaced. */
  replaced: number;
}

/** The ideograph a radical look-alike stands for, or null when the character is not one. */
export function ideographFor(char: string): string | null {
  const cp = char.codePointAt(0) ?? 0;
  if (cp >= KANGXI_FIRST && cp <= KANGXI_LAST) return char.normalize("NFKC");
  return EQUIVALENT.get(cp) ?? null;
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
