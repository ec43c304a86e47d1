// Page numbers as printed in jump lines and contents boxes: 7, ７, 七, 十二, 二十.
const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export function pageNumber(text: string): number | null {
  const ascii = text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/u.test(ascii)) return Number.parseInt(ascii, 10);
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch === "十") {
      total += (digit ?? 1) * 10;
      digit = null;
    } else if (ch in DIGITS) {
      if (digit !== null) digit = digit * 10 + (DIGITS[ch] as number);
      else digit = DIGITS[ch] as number;
    } else return null;
  }
  total += digit ?? 0;
  return total > 0 ? total : null;
}
