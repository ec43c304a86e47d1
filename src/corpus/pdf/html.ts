// The HTML/CSS of a printed page: a header rule, then bands of cells on a column grid; each item
// a headline over its body in balanced CSS columns. Every text goes through escapeHtml.
import { escapeHtml } from "../../serve/views/html.js";
import type { Band, Placed } from "./arrange.js";
import type { Block, PdfItem, PdfPage } from "./model.js";
import { type PageStyle, pageWidth } from "./variants.js";

export type PdfFont = "wqy" | "noto";

/** Font stacks: WenQuanYi's text layer is clean; Noto CJK's maps some glyphs to radicals (⽇ for 日). */
const FONTS: Readonly<Record<PdfFont, { head: string; body: string }>> = {
  wqy: { head: '"WenQuanYi Micro Hei"', body: '"WenQuanYi Micro Hei"' },
  noto: { head: '"Noto Sans CJK SC"', body: '"Noto Serif CJK SC"' },
};

/** Escaped, with line breaks inside a block (a two-line contents entry) kept as <br>. */
function inline(text: string): string {
  return escapeHtml(text).replace(/\n/g, "<br>");
}

export function pageHtml(page: PdfPage, bands: readonly Band[], style: PageStyle, font: PdfFont): string {
  const width = pageWidth(style);
  const parts = [
    "<!doctype html>",
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<style>${css(style, font)}</style></head>`,
    `<body><main class="page" data-variant="${escapeHtml(style.variant.name)}" style="width:${width}px">`,
    page.header === null ? "" : headerHtml(page.header),
    ...bands.map((band, b) => bandHtml(band, b, page, style)),
    "</main></body></html>",
  ];
  return `${parts.join("\n")}\n`;
}

/** The header line's parts (paper, date, weekday, page) spread along a double rule. */
function headerHtml(header: string): string {
  const parts = header.split(/\s{2,}|\u3000/).filter((p) => p !== "");
  return `<header class="masthead">${parts.map((p) => `<span>${inline(p)}</span>`).join("")}</header>`;
}

function bandHtml(band: Band, index: number, page: PdfPage, style: PageStyle): string {
  const cells = band.cells.map((cell, c) => {
    const items = cell.items.map((placed) =>
      itemHtml(
        page.items[placed.item] as PdfItem,
        placed,
        titleSize(cell.span, index === 0 && c === 0, style),
      ),
    );
    return `<div class="cell" style="grid-column:span ${cell.span}">${items.join("\n")}</div>`;
  });
  return `<section class="band ${band.shape}">\n${cells.join("\n")}\n</section>`;
}

/** Title px: grows with the span, the page lead a step larger; chosen by eye (18–46 px). */
function titleSize(span: number, lead: boolean, style: PageStyle): number {
  return Math.round(style.titleScale * Math.min(42, 14 + 4 * span + (lead ? 6 : 0)));
}

function itemHtml(item: PdfItem, placed: Placed, title: number): string {
  const size = item.kind === "article" ? title : Math.min(title, 18);
  // Credits and notes before the first text line belong with the headline (the sample's ■ 李长萍, 编者按).
  const lead = item.body.findIndex((b) => b.kind !== "credit" && b.kind !== "note");
  const top = lead === -1 ? item.body : item.body.slice(0, lead);
  const rest = lead === -1 ? [] : item.body.slice(lead);
  const head = [...item.head.map((b) => headBlock(b, size)), ...top.map(bodyBlock)];
  const inner = [
    head.length === 0 ? "" : `<div class="head">${head.join("")}</div>`,
    placed.figure?.before === null ? `<div class="pic" style="height:${placed.figure.height}px"></div>` : "",
    item.kind === "picture" ? '<div class="pic photo"></div>' : "",
    item.kind === "ad" ? '<div class="pic ad"></div>' : "",
    rest.length === 0
      ? ""
      : `<div class="body${item.kind === "picture" ? " caption" : ""}" style="column-count:${placed.bodyColumns}">${bodyHtml(rest, placed, lead)}</div>`,
  ];
  const classes = ["item", item.kind, placed.boxed ? "box" : ""].filter((c) => c !== "").join(" ");
  return `<article class="${classes}">${inner.join("")}</article>`;
}

/** The body blocks, with an in-flow figure before block `before` (counted from the item's first body block). */
function bodyHtml(blocks: readonly Block[], placed: Placed, offset: number): string {
  const at = placed.figure?.before ?? null;
  return blocks
    .map((b, i) => {
      const figure = at !== null && i === Math.max(0, at - offset) && placed.figure !== null;
      return `${figure ? `<div class="pic inline" style="height:${placed.figure?.height}px"></div>` : ""}${bodyBlock(b)}`;
    })
    .join("");
}

function headBlock(block: Block, title: number): string {
  switch (block.kind) {
    case "kicker":
      return `<p class="kicker" style="font-size:${Math.max(13, Math.round(title * 0.5))}px">${inline(block.text)}</p>`;
    case "subtitle":
      return `<p class="subtitle" style="font-size:${Math.max(13, Math.round(title * 0.55))}px">${inline(block.text)}</p>`;
    default: {
      const label = block.label === undefined ? "" : `<span class="label">${inline(block.label)}</span> `;
      return `<h2 class="title" style="font-size:${title}px">${label}${inline(block.text)}</h2>`;
    }
  }
}

function bodyBlock(block: Block): string {
  switch (block.kind) {
    case "text": {
      const prefix = block.prefix === undefined ? "" : inline(block.prefix);
      const suffix = block.suffix === undefined ? "" : inline(block.suffix);
      return `<p${block.indent === false ? ' class="cont"' : ""}>${prefix}${inline(block.text)}${suffix}</p>`;
    }
    case "jump":
      return `<p class="jump ${block.text.includes("上接") ? "in" : "out"}">${inline(block.text)}</p>`;
    case "duplicate":
      return `<p class="cont">${inline(block.text)}</p>`;
    default:
      return `<p class="${block.kind}">${inline(block.text)}</p>`;
  }
}

function css(style: PageStyle, font: PdfFont): string {
  const f = FONTS[font];
  const rule = style.rules ? "0.6px solid #777" : "none";
  return `
@page { margin: 0 }
html, body { margin: 0; padding: 0; background: #fff; }
.page { box-sizing: border-box; padding: ${style.margin}px; color: #111; font-family: ${f.body};
  font-size: ${style.bodySize}px; line-height: ${style.lineHeight}; }
.masthead { display: flex; justify-content: space-between; font-family: ${f.head}; font-size: 14px;
  border-bottom: 3px double #000; padding: 0 2px 5px; margin-bottom: 12px; }
.band { display: grid; grid-template-columns: repeat(${style.columns}, minmax(0, 1fr));
  column-gap: ${style.gap}px; align-items: start; padding: 12px 0; border-top: 1.2px solid #222; }
.band:first-of-type { border-top: none; padding-top: 0; }
.cell { display: flex; flex-direction: column; gap: 16px; min-width: 0; }
.cell + .cell { border-left: ${rule}; padding-left: ${Math.round(style.gap / 2)}px;
  margin-left: -${Math.round(style.gap / 2)}px; }
.item.box { border: 1.5px solid #222; padding: 8px 10px; }
.head { text-align: ${style.titleAlign}; margin-bottom: 10px; font-family: ${f.head}; }
.head p, .head h2 { margin: 0 0 4px; }
.title { font-weight: bold; line-height: 1.25; letter-spacing: 0.02em; }
.label { font-size: 0.6em; border: 1px solid #111; padding: 0 3px; vertical-align: middle; }
.kicker, .subtitle { font-weight: normal; line-height: 1.35; }
.head .credit { font-size: 0.95em; }
.head .note { text-align: left; font-size: 0.92em; border-top: 0.6px solid #999;
  border-bottom: 0.6px solid #999; padding: 4px 0; margin-top: 6px; }
.body { column-gap: ${style.gap}px; column-rule: ${rule}; column-fill: balance; text-align: justify; }
.body p { margin: 0; text-indent: 2em; overflow-wrap: anywhere; }
.body p.cont, .body p.jump, .body p.credit, .body p.toc { text-indent: 0; }
.body p.jump { font-size: 0.85em; }
.body p.jump.out, .body p.credit { text-align: right; }
.caption { font-size: 0.88em; }
.pic { background: #c8c8c8; margin: 0 0 8px; }
.pic.inline { break-inside: avoid; margin: 4px 0 8px; }
/* 4:3 in a narrow cell; in a wide one the picture is capped in height, so it turns panoramic. */
.pic.photo { aspect-ratio: 4 / 3; max-height: 340px; }
.pic.ad { aspect-ratio: 3 / 2; max-height: 420px; background: #e4e4e4; }
.item.ad .head { text-align: center; }
.item.toc .head { border-bottom: 1px solid #222; }
.item.toc .body p { margin-bottom: 6px; }
`;
}
