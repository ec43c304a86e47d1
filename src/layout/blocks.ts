// Lines → blocks: the units (headline lines, paragraphs, jump lines) that later stages reason about.
import type { LayoutKind } from "./detect.js";
import { displayWidth, isIndented, type Line } from "./lines.js";

export interface Block {
  /** Printed lines of the block, without indentation. */
  lines: string[];
  /** The lines joined: hard wraps removed, a space kept only where the print had one between Latin words. */
  text: string;
  /** 1-based number of the block's first and last line in the decoded text. */
  line: number;
  lastLine: number;
  /** Whether the first line was indented; null where the page's layout carries no indentation signal. */
  indented: boolean | null;
  /** Blank lines before the block. */
  gapBefore: number;
  /** What print shows about the block, where the input has it (a PDF's text layer); absent for text. */
  typography?: Typography;
}

/** A block's type, read from a PDF's text layer. */
export interface Typography {
  /** Font size in points of most of the block's characters. */
  size: number;
  /** size / the page's body size: 1 for body text, 1.5–4 for titles. */
  scale: number;
  /** Most characters are set in a bold face (false where the PDF does not say). */
  bold: boolean;
  /**
   * The headline the block is set in, numbered on the page: display type, with the text set close above
   * it (a kicker) and below it (a subtitle). null for text outside headlines.
   */
  headline: number | null;
}

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

export function joinLines(lines: readonly Line[]): string {
  let text = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (i > 0) {
      const prev = lines[i - 1] as Line;
      // A break between two Latin words lost its space only if the print had one there.
      if (
        (prev.trailingSpace || line.indent.length > 0) &&
        LATIN_END.test(text) &&
        LATIN_START.test(line.content)
      )
        text += " ";
    }
    text += line.content;
  }
  return text;
}

function makeBlock(lines: Line[], indented: boolean | null, gapBefore: number): Block {
  const first = lines[0] as Line;
  const last = lines[lines.length - 1] as Line;
  return {
    lines: lines.map((l) => l.content),
    text: joinLines(lines),
    line: first.no,
    lastLine: last.no,
    indented,
    gapBefore,
  };
}

export function buildBlocks(lines: readonly Line[], kind: LayoutKind): Block[] {
  if (kind === "indented") return lineBlocks(lines);
  if (kind === "wrapped") return wrappedBlocks(lines);
  return paragraphBlocks(lines);
}

/** blocks layout: consecutive non-blank lines form one block. */
function paragraphBlocks(lines: readonly Line[]): Block[] {
  const groups: { lines: Line[]; gap: number }[] = [];
  let current: Line[] = [];
  let gap = 0;
  for (const line of lines) {
    if (line.content.length === 0) {
      if (current.length > 0) groups.push({ lines: current, gap });
      if (current.length > 0) gap = 0;
      current = [];
      gap++;
      continue;
    }
    current.push(line);
  }
  if (current.length > 0) groups.push({ lines: current, gap });
  // Indentation means something in a blocks page only when a good share of blocks carry it.
  const indentedCount = groups.filter((g) => isIndented(g.lines[0] as Line)).length;
  const known = groups.length > 0 && indentedCount / groups.length >= 0.3;
  return groups.map((g) => makeBlock(g.lines, known ? isIndented(g.lines[0] as Line) : null, g.gap));
}

/** indented layout: one block a line. */
function lineBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let gap = 0;
  for (const line of lines) {
    if (line.content.length === 0) {
      gap++;
      continue;
    }
    blocks.push(makeBlock([line], isIndented(line), gap));
    gap = 0;
  }
  return blocks;
}

const TERMINAL_END = /[。！？!?…”’」』）)：:；;]$/u;
// Lines wider than this are headlines spanning columns, not column lines; they don't set the column width.
const MAX_COLUMN_WIDTH = 30;
// How many lines around a line set its local column width (a page may mix columns of different widths).
const WIDTH_WINDOW = 8;
// Line-breaking rules move an opening quote to the next line and keep short Latin or number runs (5G, 38.8)
// whole, so a line inside a paragraph can fall up to two cells short of the column.
const FULL_SLACK = 2;

/**
 * wrapped layout: an indented line starts a paragraph; a following unindented line continues it while the
 * line before it filled the column. A short line ends the paragraph, so what follows is a new block
 * (a headline, or the rest of a paragraph broken by a column change, which the repair stage rejoins).
 */
function wrappedBlocks(lines: readonly Line[]): Block[] {
  const nonBlank: { line: Line; gap: number }[] = [];
  let gap = 0;
  for (const line of lines) {
    if (line.content.length === 0) gap++;
    else {
      nonBlank.push({ line, gap });
      gap = 0;
    }
  }
  const widths = nonBlank.map(({ line }) => displayWidth(line.content) + (isIndented(line) ? 2 : 0));
  const columns = localColumnWidths(widths);
  const full = widths.map((w, i) => w >= (columns[i] ?? 0) - FULL_SLACK);
  // Wider than its column (beyond hanging punctuation): a headline spanning columns, never a column line.
  const wide = widths.map((w, i) => w > (columns[i] ?? 0) + FULL_SLACK);
  /** Line k is a headline line by what follows it: a wide headline, a subtitle dash or a continuation mark. */
  const headsSomething = (k: number): boolean => {
    const next = nonBlank[k + 1]?.line;
    if (next === undefined || isIndented(next)) return false;
    if ((wide[k + 1] ?? false) || /^[（(]\s*(?:上接|接上)/u.test(next.content)) return true;
    // A dash can open a column line mid-sentence; it opens a subtitle only under a line short of the column.
    return /^——/u.test(next.content) && !(full[k] ?? false);
  };
  const heads = headlineRuns(nonBlank.map((n) => n.line));
  const blocks: Block[] = [];
  let current: Line[] = [];
  let currentGap = 0;
  let currentIsParagraph = false;
  const flush = () => {
    if (current.length > 0) blocks.push(makeBlock(current, isIndented(current[0] as Line), currentGap));
  };
  for (let k = 0; k < nonBlank.length; k++) {
    const { line, gap: blankBefore } = nonBlank[k] as { line: Line; gap: number };
    const indented = isIndented(line);
    const prev = current[current.length - 1];
    const continues =
      prev !== undefined &&
      !indented &&
      !(heads[k] ?? false) &&
      blankBefore === 0 &&
      currentIsParagraph &&
      (full[k - 1] ?? false) &&
      !(wide[k] ?? false) &&
      !headsSomething(k) &&
      !JUMP_IN_START.test(line.content) &&
      // After a finished sentence, a line ending in a dash is a kicker (…语重心长——), not more prose.
      !(TERMINAL_END.test(prev.content) && /——$/u.test(line.content)) &&
      // A photo credit closes its caption (新华社记者  吴  鲁摄), however wide it happens to be.
      !CREDIT_END.test(prev.content) &&
      // A full line ending a sentence, then a short line that ends none: a headline after a paragraph.
      !(
        TERMINAL_END.test(prev.content) &&
        !(full[k] ?? false) &&
        (!TERMINAL_END.test(line.content) || TITLE_SHAPED.test(line.content))
      );
    // Nothing opens with a comma or a closing mark: such a line goes on whatever came before.
    const carriesOn =
      prev !== undefined &&
      !indented &&
      blankBefore === 0 &&
      /^[，,、。；;：:）)”’」』》!！?？]/u.test(line.content);
    if (
      continues ||
      carriesOn ||
      (prev !== undefined &&
        !currentIsParagraph &&
        !indented &&
        blankBefore === 0 &&
        headlineGoesOn(prev.content, line.content))
    ) {
      current.push(line);
      continue;
    }
    // A full unindented line right after prose that stopped mid-sentence is that prose going on in a new
    // column; anywhere else it may be a headline that happens to be as wide as the column.
    const afterOpenProse: boolean =
      prev !== undefined &&
      ((currentIsParagraph && !TERMINAL_END.test(prev.content)) || JUMP_IN_START.test(prev.content));
    flush();
    current = [line];
    currentGap = blankBefore;
    currentIsParagraph =
      indented ||
      JUMP_IN_START.test(line.content) ||
      (afterOpenProse && (full[k] ?? false) && !(wide[k] ?? false));
  }
  flush();
  return blocks;
}

/** A title with its column tag or in quotes, unpunctuated inside: 返乡路，一次看得见变化的旅程（评论员观察） · “有路就有好日子” */
const TITLE_SHAPED = /^[^。；]{2,40}[（(][^（()）。，]{2,30}[）)]$|^“[^“”。！？]{2,40}”$/u;
const CREDIT_END = /(?:摄|摄影|供图|新华社发)[）)]?$/u;
/** A continuation mark opens the rest of a story: （上接第1版） */
const JUMP_IN_START = /^[（(]\s*(?:上接|接上)/u;
const OPENERS = /[（(“‘《〈「『【]/gu;
const CLOSERS = /[）)”’》〉」』】]/gu;
/** A headline broken over lines: the first line leaves a bracket or quote open, or the next starts with punctuation. */
function headlineGoesOn(first: string, next: string): boolean {
  if (/^——/u.test(next)) return false;
  const open = (first.match(OPENERS)?.length ?? 0) - (first.match(CLOSERS)?.length ?? 0);
  return open > 0 || /^[）)”’》〉」』】，、：；]/u.test(next) || /[、，]$/u.test(first);
}

// Lines in a row between a finished sentence and an indented paragraph, none ending a sentence: a headline
// (kicker, title, subtitle), whatever their widths. More lines than this are prose that ends unpunctuated.
const MAX_HEADLINE_RUN = 4;

/** Which lines are headline lines by their place: after a sentence's end, before an indented paragraph. */
function headlineRuns(lines: readonly Line[]): boolean[] {
  const heads = lines.map(() => false);
  let k = 0;
  while (k < lines.length) {
    const before = lines[k - 1];
    if (
      k === 0 ||
      before === undefined ||
      !TERMINAL_END.test(before.content) ||
      isIndented(lines[k] as Line)
    ) {
      k++;
      continue;
    }
    let end = k;
    while (end < lines.length && end - k < MAX_HEADLINE_RUN) {
      const line = lines[end] as Line;
      if (isIndented(line) || TERMINAL_END.test(line.content)) break;
      end++;
    }
    const next = lines[end];
    if (end > k && next !== undefined && isIndented(next)) for (let j = k; j < end; j++) heads[j] = true;
    k = Math.max(end, k + 1);
  }
  return heads;
}

/**
 * The column width around each line: the most common width of the lines nearby. Most lines of a column
 * are full, so the mode finds the column even where a short headline or a paragraph's last line sits in
 * the window (the maximum would not).
 */
function localColumnWidths(widths: readonly number[]): number[] {
  return widths.map((_, i) => {
    const counts = new Map<number, number>();
    for (let j = Math.max(0, i - WIDTH_WINDOW); j <= Math.min(widths.length - 1, i + WIDTH_WINDOW); j++) {
      const wj = Math.round(widths[j] ?? 0);
      if (wj <= MAX_COLUMN_WIDTH) counts.set(wj, (counts.get(wj) ?? 0) + 1);
    }
    let column = 0;
    let best = 0;
    for (const [width, n] of counts) {
      if (n > best || (n === best && width > column)) {
        column = width;
        best = n;
      }
    }
    return column;
  });
}
