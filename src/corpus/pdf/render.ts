// A corpus page as the HTML of a printed newspaper page, with the same gold as its text renderings
// for the same seed (the draft, cuts and damage are shared; only the layout differs).
import type { GoldPage } from "../gold.js";
import type { CorpusPage } from "../load.js";
import { rngFor } from "../random.js";
import { draftPage } from "../render.js";
import { arrange } from "./arrange.js";
import { pdfPageOf } from "./from-draft.js";
import { type PdfFont, pageHtml } from "./html.js";
import { pageStyle } from "./variants.js";

export interface PdfHtml {
  /** rmrb-2019-02-01-p03.pdf */
  file: string;
  /** The name of the arrangement (variants.ts). */
  variant: string;
  html: string;
  gold: GoldPage;
}

/** Pure: the same (page, seed, font) gives the same HTML; the font changes nothing but the fonts. */
export function renderPdfHtml(page: CorpusPage, options: { seed: number; font: PdfFont }): PdfHtml {
  const file = `rmrb-${page.date}-p${String(page.page).padStart(2, "0")}.pdf`;
  const { draft, gold } = draftPage(page, options.seed);
  const stream = (name: string) => rngFor(options.seed, page.date, String(page.page), name);
  const style = pageStyle(stream("pdf:style"));
  const pdfPage = pdfPageOf(draft, gold.articles);
  const bands = arrange(pdfPage.items, style, stream("pdf:arrange"));
  return {
    file,
    variant: style.variant.name,
    html: pageHtml(pdfPage, bands, style, options.font),
    gold: { file, ...gold },
  };
}
