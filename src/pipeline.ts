// The parsing pipeline: one page of decoded text in, one Page out. Pure: no I/O, no clock, no globals.
import { conservation } from "./check/conservation.js";
import { buildArticle } from "./fields/index.js";
import { buildBlocks, detectLayout, type LayoutKind, splitLines } from "./layout/index.js";
import { findPageHeader, type MetaFlags, resolveMeta } from "./meta/index.js";
import type { Message, Page, Removal } from "./model/index.js";
import { dropDuplicates, rejoinSplits } from "./repair/index.js";
import { classifyBlock, groupUnits } from "./segment/index.js";

/** Page metadata given by flags: a paper id (lcrb) or name (聊城日报), ISO date, page number, page name. */
export type PageMeta = MetaFlags;

export interface ParseOptions {
  /** The input path as given on the command line; goes to Page.file. */
  file: string;
  /** Page metadata from flags; wins over the file name (<paper>-<YYYY-MM-DD>-p<NN>.txt), then the header line. */
  meta?: PageMeta;
  /** Force a layout instead of detecting it. */
  layout?: LayoutKind;
  /** Messages from earlier steps (decoding), kept in front of the page's own. */
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
  const messages: Message[] = [...(options.messages ?? [])];
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
  const resolved = resolveMeta({ flags: options.meta ?? {}, fileName: options.file, header });
  messages.push(...resolved.messages);
  // 3. Layout: blank-line blocks, indented paragraphs or hard-wrapped columns; decides how lines become blocks.
  const stats = detectLayout(lines);
  const layout = options.layout ?? stats.kind;
  const blocks = buildBlocks(lines, layout);
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
    return { id: `a${String(i + 1).padStart(2, "0")}`, ...built.article };
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
  return { page, layout };
}
