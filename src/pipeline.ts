// The parsing pipeline: one page in (decoded text, or a PDF page's glyph runs), one Page out. Two adapters
// build blocks (stages 1–3), one sequence reads them (stages 4–8). Pure: no I/O, no clock, no globals.
import { conservation } from "./check/conservation.js";
import { buildArticle } from "./fields/index.js";
import { type Block, buildBlocks, detectLayout, type LayoutKind, splitLines } from "./layout/index.js";
import { type LinePlace, layoutPdfPage, type PdfPageRuns, zonesOf } from "./layout/pdf/index.js";
import { findPageHeader, type MetaFlags, resolveMeta } from "./meta/index.js";
import type { Article, Message, Page, Removal } from "./model/index.js";
import { dropDuplicates, rejoinSplits } from "./repair/index.js";
import { classifyBlock, type Draft, groupUnits } from "./segment/index.js";

/** Page metadata given by flags: a paper id (lcrb) or name (聊城日报), ISO date, page number, page name. */
export type PageMeta = MetaFlags;

export interface ParseOptions {
  /** The input path as given on the command line; goes to Page.file. */
  file: string;
  /** Page metadata from flags; wins over the file name (<paper>-<YYYY-MM-DD>-p<NN>.txt), then the header line. */
  meta?: PageMeta;
  /** The name metadata is read from, when not `file` (null: none, as for the pages of a multi-page PDF). */
  metaFile?: string | null;
  /** Force a layout instead of detecting it (text input only). */
  layout?: LayoutKind;
  /** Messages from earlier steps (decoding, reading the PDF), kept in front of the page's own. */
  messages?: readonly Message[];
}

export interface ParseResult {
  page: Page;
  layout: LayoutKind;
}

export function parseText(text: string, options: ParseOptions): Page {
  return parseTextDetailed(text, options).page;
}

export function parseTextDetailed(text: string, options: ParseOptions): ParseResult {
  const removed: Removal[] = [];
  // 1. Lines: indentation and width are what layouts are told apart by.
  const lines = splitLines(text);
  // 2. Page furniture: a header line (人民日报  2019年2月26日  星期二  第3版) is metadata, not content.
  const header = findPageHeader(lines.map((l) => l.content));
  if (header !== null) {
    const line = lines[header.lineIndex];
    if (line !== undefined) {
      removed.push({ text: line.content, reason: "header" });
      lines[header.lineIndex] = { ...line, content: "", indent: "" };
    }
  }
  // 3. Layout: blank-line blocks, indented paragraphs or hard-wrapped columns; decides how lines become blocks.
  const stats = detectLayout(lines);
  const layout = options.layout ?? stats.kind;
  const blocks = buildBlocks(lines, layout);
  return { page: parseBlocks({ text, blocks, removed, header, options }), layout };
}

/**
 * One page of a PDF, read as glyph runs (ingest/pdf). Zones (boxes per article) are given with
 * `pageIndex`, the page's 1-based index in its file.
 */
export function parsePdfPage(runs: PdfPageRuns, options: ParseOptions): Page {
  const removed: Removal[] = [];
  // 1. Lines and 3. layout, from print: runs → lines → reading order (XY-cut across columns and items)
  //    → blocks with their typography. Reading order comes first here: a PDF has no line order to trust.
  const pdf = layoutPdfPage(runs);
  let blocks = pdf.blocks;
  // 2. Page furniture: a masthead row (人民日报  2019年2月1日  星期五  第1版) among the first blocks.
  const header = findPageHeader(blocks.slice(0, 4).map((b) => b.text));
  if (header !== null) {
    const block = blocks[header.lineIndex] as Block;
    removed.push({ text: block.text, reason: "header" });
    blocks = blocks.filter((b) => b !== block);
  }
  const page = parseBlocks({
    text: pdf.text,
    blocks,
    removed,
    header,
    options,
    places: pdf.places,
    pageIndex: runs.index,
  });
  const unreadable = (options.messages ?? []).some((m) => m.rule === "pdf/page-unreadable");
  if (blocks.length === 0 && !unreadable)
    page.messages.push({
      level: "warning",
      rule: "pdf/no-text",
      message: `${options.file} page ${runs.index}: no text found on the page (an image-only page needs OCR first)`,
    });
  return page;
}

interface BlockInput {
  /** The page's text as the stages saw it: every character of it must end in the Page. */
  text: string;
  blocks: Block[];
  removed: Removal[];
  header: ReturnType<typeof findPageHeader>;
  options: ParseOptions;
  /** PDF only: where each line of `text` is printed, by 1-based line number, and the page's index in its file. */
  places?: readonly (LinePlace | undefined)[];
  pageIndex?: number;
}

/** Stages 4–8, shared by every adapter: blocks in, a Page out. */
function parseBlocks({ text, blocks, removed, header, options, places, pageIndex }: BlockInput): Page {
  const messages: Message[] = [...(options.messages ?? [])];
  const metaFile = options.metaFile === undefined ? options.file : options.metaFile;
  const resolved = resolveMeta({ flags: options.meta ?? {}, fileName: metaFile, header });
  messages.push(...resolved.messages);
  // 4. Roles from each block's own text (jump line, credit, headline-like, prose), needed by the repairs.
  const classified = blocks.map(classifyBlock);
  // 5. Repair extraction damage before reading structure: a duplicated fragment would read as a paragraph,
  //    a split paragraph as two (or as a headline).
  const dup = dropDuplicates(classified);
  removed.push(...dup.removed);
  messages.push(...dup.messages);
  const joined = rejoinSplits(dup.units);
  messages.push(...joined.messages);
  // 6. Segment: which units form which item (headline runs vs subheadings, contents box, photos).
  const indentKnown = joined.units.some((u) => u.indented !== null);
  const grouped = groupUnits(joined.units, indentKnown);
  messages.push(...grouped.messages);
  // 7. Fields: headline roles, dateline and byline, credits, editor's note, jump lines, contents entries.
  const articles = grouped.drafts.map((draft, i) => {
    const built = buildArticle(draft);
    removed.push(...built.removed);
    messages.push(...built.messages);
    const article: Article = { id: `a${String(i + 1).padStart(2, "0")}`, ...built.article };
    if (places !== undefined && pageIndex !== undefined)
      article.zones = zonesOf(draftLines(draft), places, pageIndex);
    return article;
  });

  const page: Page = {
    file: options.file,
    paper: resolved.meta.paper,
    paperId: resolved.meta.paperId,
    date: resolved.meta.date,
    page: resolved.meta.page,
    pageName: resolved.meta.pageName,
    articles,
    removed,
    messages,
  };
  // 8. Account: a character the stages lost is a bug to report, never a silent loss.
  const lost = conservation(text, page).chars;
  if (lost.length > 0) {
    messages.push({
      level: "error",
      rule: "check/conservation",
      message: `characters unaccounted for: ${lost
        .slice(0, 10)
        .map(([c, n]) => `${c}×${n}`)
        .join(" ")}`,
    });
  }
  return page;
}

/** Line numbers of everything a draft holds, in reading order. */
function* draftLines(draft: Draft): Generator<number> {
  for (const unit of [...draft.heading, ...draft.body])
    for (let n = unit.line; n <= unit.lastLine; n++) yield n;
}
