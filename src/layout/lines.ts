// Lines of a decoded page, with their indentation and display width: the raw material of every layout.

/** One line of the input as printed. */
export interface Line {
  /** 1-based line number in the decoded text. */
  no: number;
  /** The line without leading and trailing whitespace. */
  content: string;
  /** Leading whitespace as printed (full-width spaces, ASCII spaces, tabs, NBSP). */
  indent: string;
  /** The line had whitespace after its last visible character (matters when rejoining Latin words). */
  trailingSpace: boolean;
}

const LEADING_WS = /^[\s\u3000\u00a0]*/u;
const TRAILING_WS = /[\s\u3000\u00a0]*$/u;

export function splitLines(text: string): Line[] {
  const raw = text.split("\n");
  const lines: Line[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] ?? "";
    const indent = LEADING_WS.exec(r)?.[0] ?? "";
    const rest = r.slice(indent.length);
    const trail = TRAILING_WS.exec(rest)?.[0] ?? "";
    lines[i] = {
      no: i + 1,
      content: trail.length > 0 ? rest.slice(0, rest.length - trail.length) : rest,
      indent,
      trailingSpace: trail.length > 0,
    };
  }
  return lines;
}

/**
 * Display width in full-width cells: CJK and full-width forms count 1, ASCII and half-width count 0.5.
 * Column widths of hard-wrapped text are measured this way, since digits and Latin letters are narrow.
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its high half
    w += c < 0x2e80 || (c >= 0xff61 && c <= 0xffdc) ? 0.5 : 1;
  }
  return w;
}

/** Indentation that marks a paragraph start: one full-width space, or two or more other blanks. */
export function isIndented(line: Line): boolean {
  if (line.indent.length === 0) return false;
  return line.indent.includes("\u3000") || line.indent.length >= 2 || line.indent.includes("\t");
}
