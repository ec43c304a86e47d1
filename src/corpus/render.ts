// Renders a corpus page into raw page text, as an e-paper dump or PDF extraction would give it,
// together with the gold Page a parser must recover from that text.

import type { Removal } from "../model/index.js";
import { draftItem } from "./draft.js";
import type { GoldPage } from "./gold.js";
import { headerLine } from "./header.js";
import { type Layout, layOut } from "./layouts.js";
import type { CorpusPage } from "./load.js";
import { damage } from "./noise.js";
import { rngFor } from "./random.js";
import type { Draft, Run } from "./runs.js";

export interface RenderOptions {
  layout: Layout;
  /** Varies everything page-level (header, damage, spacing, widths); jump cuts never vary. */
  seed: number;
}

export interface Rendering {
  /** rmrb-2019-02-01-p03.txt */
  file: string;
  text: string;
  gold: GoldPage;
}

// From the brief: about a third of pages start with a header line.
const HEADER_PAGES = 1 / 3;

export function renderPage(page: CorpusPage, options: RenderOptions): Rendering {
  const file = `rmrb-${page.date}-p${String(page.page).padStart(2, "0")}.txt`;
  const { draft, gold } = draftPage(page, options.seed);
  // 4. Lines, in the chosen layout.
  const layoutRng = rngFor(options.seed, page.date, String(page.page), `layout:${options.layout}`);
  const text = layOut(draft, options.layout, layoutRng);
  return { file, text, gold: { file, ...gold } };
}

/** Steps 1–3 of a rendering, shared with the PDF renderer: the layout-neutral draft and its gold. */
export interface PageDraft {
  draft: Draft;
  /** The gold page without its file name; articles[i] is what draft.items[i] prints. */
  gold: Omit<GoldPage, "file">;
}

export function draftPage(page: CorpusPage, seed: number): PageDraft {
  // Independent streams, so e.g. the damage on a page is the same in all layouts.
  const stream = (name: string) => rngFor(seed, page.date, String(page.page), name);

  // 1. Each item as printed: headline and body runs, jumped stories cut to head or tail.
  const jumps = stream("jumps");
  const drafted = page.articles.map((article) => draftItem(article, jumps));
  // 2. Extraction damage on body text: duplicated fragments, column splits.
  const items = damage(
    drafted.map((d) => d.runs),
    stream("damage"),
  );
  // 3. Page furniture.
  const header = stream("header").chance(HEADER_PAGES) ? headerLine(page, stream("header-form")) : null;

  return {
    draft: { header, items },
    gold: {
      paper: page.paper,
      date: page.date,
      page: page.page,
      pageName: null,
      articles: drafted.map((d) => d.gold),
      removed: removals(header, items),
      messages: [],
    },
  };
}

export function renderCorpus(pages: readonly CorpusPage[], layout: Layout, seed: number): Rendering[] {
  return pages.map((page) => renderPage(page, { layout, seed }));
}

/** The header, then jump lines and duplicates in the order they appear in the text. */
function removals(header: string | null, items: readonly Run[][]): Removal[] {
  const removed: Removal[] = header === null ? [] : [{ text: header, reason: "header" }];
  for (const run of items.flat()) {
    if (run.kind === "jump") removed.push({ text: run.text, reason: "jump" });
    if (run.kind === "duplicate") removed.push({ text: run.text, reason: "duplicate" });
    if (run.kind !== "text") continue;
    if (run.prefix !== undefined) removed.push({ text: run.prefix, reason: "jump" });
    if (run.suffix !== undefined) removed.push({ text: run.suffix, reason: "jump" });
  }
  return removed;
}
