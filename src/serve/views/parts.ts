// Pieces several pages share: the 今日导读 box, previous/next pagers.
import type { TocItem } from "../routes/issue.js";
import { type Child, html } from "./html.js";
import { dashed } from "./text.js";

export function tocBox(items: readonly TocItem[]): Child {
  if (items.length === 0) return "";
  return html`<section class="toc" aria-labelledby="toc-h"><h2 id="toc-h">今日导读</h2><ul>${items.map(
    (e) =>
      html`<li>${e.kicker === null ? "" : html`<span class="kicker">${e.kicker}</span><br>`}${
        e.url === null
          ? html`<strong>${e.title}</strong>`
          : html`<a href="${e.url}"><strong>${e.title}</strong></a>`
      }${e.subtitle === null ? "" : html`<br><span class="subtitle">${dashed(e.subtitle)}</span>`}${
        e.page === null ? "" : html` <span class="meta">（第${e.page}版）</span>`
      }${e.note === null ? "" : html`<br><span class="meta">${e.note}</span>`}</li>`,
  )}</ul></section>`;
}

export interface PagerLink {
  url: string;
  label: string;
}

/** A previous/next pair with rel links; either side may be missing. */
export function pager(label: string, previous: PagerLink | null, next: PagerLink | null): Child {
  if (previous === null && next === null) return "";
  return html`<nav class="pager" aria-label="${label}">${
    previous === null ? "" : html`<a class="prev" rel="prev" href="${previous.url}">← ${previous.label}</a>`
  }${next === null ? "" : html`<a class="next" rel="next" href="${next.url}">${next.label} →</a>`}</nav>`;
}
