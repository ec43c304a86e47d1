// A contents box (今日导读) → entries with kicker, title, subtitle and page.
import type { TocEntry } from "../model/index.js";
import type { Unit } from "../segment/index.js";
import { pageNumber } from "./numbers.js";
import { TOC_PAGE, TOC_PAGE_AT_END } from "./patterns.js";

/** An entry's printed text travels with it, so no character of the box is lost. */
export type TocEntryOut = TocEntry & { text: string };

const SUBTITLE_SPLIT = /[ \u3000\u00a0]*(?:——|—)(?<sub>.+)$/u;

export function readToc(units: readonly Unit[]): TocEntryOut[] {
  const entries: TocEntryOut[] = [];
  for (const unit of units) {
    const last = entries[entries.length - 1];
    const pageOnly = TOC_PAGE.exec(unit.text);
    if (pageOnly && last !== undefined && last.page === null) {
      last.page = pageNumber(pageOnly[1] ?? "");
      last.text += `\n${unit.text}`;
      continue;
    }
    entries.push(readEntry(unit.lines.length > 0 ? unit.lines : [unit.text]));
  }
  return entries;
}

function readEntry(lines: readonly string[]): TocEntryOut {
  let titleLine = lines[lines.length - 1] ?? "";
  const kicker = lines.length > 1 ? lines.slice(0, -1).join(" ") : null;
  let page: number | null = null;
  const p = TOC_PAGE_AT_END.exec(titleLine);
  if (p && p.index > 0) {
    page = pageNumber(p[1] ?? "");
    titleLine = titleLine.slice(0, p.index);
  }
  const entry: TocEntryOut = { kicker, title: titleLine, page, text: lines.join("\n") };
  const s = SUBTITLE_SPLIT.exec(titleLine);
  if (s?.groups?.sub && s.index > 0) {
    entry.title = titleLine.slice(0, s.index);
    entry.subtitle = s.groups.sub;
  }
  return entry;
}
