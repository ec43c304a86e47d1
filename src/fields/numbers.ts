// Page numbers as printed in jump lines and contents boxes: 7, ７, 七, 十二, 二十 — read by the shared
// numeral reader (src/meta/numerals.ts); a page is a positive number.
import { parseNumeral } from "../meta/numerals.js";

export function pageNumber(text: string): number | null {
  const n = parseNumeral(text);
  return n !== null && n > 0 ? n : null;
}
