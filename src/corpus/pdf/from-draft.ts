// A corpus draft item (runs + gold article) as a PDF item: headline runs get their roles back
// from the gold (kicker, title, subtitle), and picture and ad items are recognised by their title.
import type { GoldArticle } from "../gold.js";
import type { Draft, Run } from "../runs.js";
import type { Block, ItemKind, PdfItem, PdfPage } from "./model.js";

/**
 * Titles of items that print a picture, from the development corpus: 图片报道 (photo news, with a
 * caption body), and artworks such as 春山（中国画） or 柳岸（剪纸） (no body). A made-up example of
 * the second: 春山（油画）.
 */
const PICTURE_TITLES: readonly RegExp[] = [/^图片报道$/, /（[^（）]{0,4}画）$/];
/** Paragraphs at most this long: a titled picture with a short caption, not a story. From the corpus: its artworks have empty bodies, its photo captions run 40–290 characters. */
const PICTURE_BODY_MAX = 300;
/** The corpus titles advertisements 广告 and gives them no body. */
const AD_TITLE = /^广告$/;

export function pdfPageOf(draft: Draft, articles: readonly GoldArticle[]): PdfPage {
  if (draft.items.length !== articles.length) {
    throw new Error(
      `pdfPageOf needs one gold article per draft item (${draft.items.length} ≠ ${articles.length})`,
    );
  }
  return {
    header: draft.header,
    items: draft.items.map((runs, i) => pdfItemOf(runs, articles[i] as GoldArticle)),
  };
}

export function pdfItemOf(runs: readonly Run[], gold: GoldArticle): PdfItem {
  const head: Block[] = [];
  const body: Block[] = [];
  const roles = headlineRoles(gold);
  for (const run of runs) {
    if (run.kind === "headline") {
      head.push({ kind: roles.shift() ?? "title", text: run.text });
    } else if (run.kind === "text") {
      body.push({
        kind: "text",
        text: run.text,
        indent: run.indent,
        ...(run.prefix === undefined ? {} : { prefix: run.prefix }),
        ...(run.suffix === undefined ? {} : { suffix: run.suffix }),
      });
    } else {
      body.push({ kind: run.kind, text: run.text });
    }
  }
  return { kind: itemKind(gold), head, body };
}

/** The roles of the headline runs in order: draft.ts prints the non-blank of kicker, title, subtitle. */
function headlineRoles(gold: GoldArticle): Block["kind"][] {
  const lines = [
    ["kicker", gold.kicker],
    ["title", gold.title],
    ["subtitle", gold.subtitle],
  ] as const;
  return lines.filter(([, text]) => text !== null && /\S/.test(text)).map(([role]) => role);
}

function itemKind(gold: GoldArticle): ItemKind {
  const title = gold.title?.trim() ?? "";
  if (AD_TITLE.test(title) && gold.paragraphs.length === 0) return "ad";
  const short = gold.paragraphs.every((p) => p.length <= PICTURE_BODY_MAX) && gold.paragraphs.length <= 2;
  if (short && PICTURE_TITLES.some((re) => re.test(title))) return "picture";
  return "article";
}
