// Synthetic glyph runs for layout tests: lines of full-width characters set at a size, one run a line,
// the way a PDF text layer gives them. Texts in tests are made up or from the sample page.
import type { GlyphRun } from "./types.js";

export interface SetOptions {
  x: number;
  /** Baseline of the first line. */
  y: number;
  size: number;
  /** Baseline to baseline; default 1.6 × size. */
  pitch?: number;
  font?: string;
}

/** One run per line, each character one em wide; a line starting with 　　 is indented by two ems. */
export function setLines(lines: readonly string[], o: SetOptions): GlyphRun[] {
  const pitch = o.pitch ?? 1.6 * o.size;
  return lines.map((line, i) => {
    const indent = line.startsWith("　　") ? 2 : 0;
    const text = line.slice(indent);
    return {
      text,
      x: o.x + indent * o.size,
      y: o.y + i * pitch,
      width: [...text].length * o.size,
      size: o.size,
      font: o.font ?? "f1",
      bold: false,
    };
  });
}

/** A headline line centred over [x, x + width]. */
export function centred(text: string, x: number, width: number, y: number, size: number): GlyphRun {
  const w = [...text].length * size;
  return { text, x: x + (width - w) / 2, y, width: w, size, font: "f2", bold: false };
}

/** Text wrapped into lines of `perLine` characters, the first indented by two ems when `indent`. */
export function wrap(text: string, perLine: number, indent = true): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let first = true;
  while (chars.length > 0) {
    const room = first && indent ? perLine - 2 : perLine;
    const part = chars.splice(0, room).join("");
    lines.push(first && indent ? `　　${part}` : part);
    first = false;
  }
  return lines;
}
