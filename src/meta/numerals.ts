// Numbers as newspapers print them: 第3版, 第０３版, 第七版, 第十二版, 二〇二五年, 三月廿七.
// Shared by the page-header finder and the parser's jump lines (（下转第七版）).

/** Digit characters. 两 is 2 only as a count (两百); it never appears digit by digit (二〇二五). */
const DIGITS: Readonly<Record<string, number>> = {
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

/** Whole tens written as one character: 十 (10), and 廿 (20), 卅 (30) of lunar dates like 三月廿七. */
const TENS: Readonly<Record<string, number>> = { 十: 10, 廿: 20, 卅: 30 };

const ARABIC = /^[0-9０-９]+$/;

/** A number in Arabic digits (ASCII or full-width) or Chinese numerals; null if it is neither. */
export function parseNumeral(text: string): number | null {
  const s = text.trim();
  if (ARABIC.test(s)) return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  return parseChineseNumeral(s);
}

/**
 * Chinese numerals from 〇 to 九百九十九 (十二, 二十, 廿七, 一百零五, 两百), or read digit by
 * digit when there are no unit characters (二〇二五 → 2025, as years are printed). Null otherwise.
 */
export function parseChineseNumeral(text: string): number | null {
  const chars = [...text];
  if (chars.length === 0) return null;
  if (chars.every((c) => c in DIGITS)) return positional(chars);
  return withUnits(chars);
}

function positional(chars: string[]): number | null {
  if (chars.length === 1) return DIGITS[chars[0] as string] ?? null;
  if (chars.includes("两")) return null; // 两 counts things; a year is 二〇二二, never 两〇两两
  let n = 0;
  for (const c of chars) n = n * 10 + (DIGITS[c] as number);
  return n;
}

/** [d百 [零]] [d十 | 十 | 廿 | 卅] [d]: a small grammar, walked left to right. */
function withUnits(chars: string[]): number | null {
  let i = 0;
  let value = 0;
  const digitAt = (k: number): number | undefined => DIGITS[chars[k] ?? ""];
  const nonZeroDigitAt = (k: number): number | undefined => {
    const d = digitAt(k);
    return d !== undefined && d > 0 ? d : undefined;
  };

  // Hundreds: 一百, 两百 (a bare 百 is not written on pages).
  const h = nonZeroDigitAt(i);
  if (h !== undefined && chars[i + 1] === "百") {
    value += h * 100;
    i += 2;
    // 一百零五: 零 stands for the missing tens and must be followed by a single digit.
    if (chars[i] === "零" || chars[i] === "〇") {
      const d = nonZeroDigitAt(i + 1);
      if (d === undefined || i + 2 !== chars.length) return null;
      return value + d;
    }
  }

  // Tens: 十 (only at the start or after 百: 十二, 一百十), 二十, 廿, 卅.
  const t = nonZeroDigitAt(i);
  const unit = chars[i] ?? "";
  if (t !== undefined && chars[i + 1] === "十" && chars[i] !== "两") {
    value += t * 10;
    i += 2;
  } else if (unit in TENS) {
    value += TENS[unit] as number;
    i += 1;
  }

  // Units: 一 … 九 (两 only as a count before 百).
  const u = nonZeroDigitAt(i);
  if (u !== undefined && chars[i] !== "两" && i > 0) {
    value += u;
    i += 1;
  }
  return i === chars.length && i > 0 ? value : null;
}
