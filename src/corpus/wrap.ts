// Hard wrapping as PDF text extraction gives it: column lines of W full-width characters, broken
// at any character; jump lines glued to a paragraph are kept whole.

export const INDENT = "\u3000\u3000";

/** Full-width characters take 1, ASCII and Latin-1 (digits, NBSP) half a column. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x100 ? 0.5 : 1;
  return width;
}

// Kinsoku (禁则): a line must not start with closing punctuation (it hangs at the end of the line
// instead), nor end with opening punctuation (it moves down); ……, —— and short Latin runs such as
// 38.8 or 5G are never split.
const CLOSING = /^[，。、；：？！”’）》」』】]$/u;
// Up to two marks may hang (e.g. 。” at the end of a quote).
const MAX_HANG = 2;
const OPENING = /^[“‘（《「『【]$/u;
const UNBREAKABLE = /……|——|[0-9A-Za-z.%]{1,12}|[\s\S]/gu;

export interface WrapOptions {
  width: number;
  /** Start the first line with two U+3000 (a paragraph start). */
  indent: boolean;
  /** Apply the line-breaking rules of Chinese typesetting; off, a line breaks at any character. */
  kinsoku: boolean;
}

/** A paragraph's parts: plain text breaks anywhere, atomic parts (jump lines) never. */
export interface WrapPart {
  text: string;
  atomic: boolean;
}

/**
 * Wraps into lines of at most `width` columns (two more when punctuation hangs, or more
 * for an atomic part wider than a line). Joining the lines gives back the parts exactly.
 */
export function wrapParts(parts: readonly WrapPart[], options: WrapOptions): string[] {
  const units = parts.flatMap((p) =>
    p.atomic ? [p.text] : options.kinsoku ? (p.text.match(UNBREAKABLE) ?? []) : Array.from(p.text),
  );
  const lastPrintable = units.findLastIndex((u) => /\S/.test(u));
  const lines: string[] = [];
  let line: string[] = options.indent ? [INDENT] : [];
  let used = displayWidth(line.join(""));
  let empty = true;
  units.forEach((unit, i) => {
    const w = displayWidth(unit);
    // Trailing spaces stay on the last line: a line of NBSP alone would read as a blank line.
    if (!empty && used + w > options.width && i <= lastPrintable) {
      const hangs = options.kinsoku && CLOSING.test(unit) && used + w <= options.width + MAX_HANG;
      if (!hangs) {
        const last = line.at(-1);
        const carried =
          options.kinsoku &&
          last !== undefined &&
          OPENING.test(last) &&
          /\S/.test(line.slice(0, -1).join(""));
        if (carried) line.pop();
        lines.push(line.join(""));
        line = carried ? [last] : [];
        used = displayWidth(line.join(""));
      }
    }
    line.push(unit);
    used += w;
    empty = false;
  });
  lines.push(line.join(""));
  return lines;
}

/** A plain paragraph; see wrapParts. */
export function wrapText(text: string, options: WrapOptions): string[] {
  return wrapParts([{ text, atomic: false }], options);
}
