// The page image with its articles' zones as links, like an e-paper's 版面: an inline SVG whose viewBox is
// the page box in PDF points, the image under it and one <a> per article over its zones. No script and no
// inline style (the CSP allows neither); hover, focus and :target (#z-3 from an article) come from the sheet.
import type { Facsimile } from "../routes/facsimile.js";
import type { PageArticle } from "../routes/page.js";
import { zoneId } from "../urls.js";
import { type Child, html } from "./html.js";
import { titleOr } from "./text.js";

function zoneLink(a: PageArticle): Child {
  if (a.zones.length === 0) return "";
  const title = `${a.position}. ${titleOr(a.title, a.kind)}`;
  return html`<a href="${a.url}" id="${zoneId(a.position)}"><title>${title}</title>${a.zones.map(
    (z) => html`<rect x="${z.x}" y="${z.y}" width="${z.w}" height="${z.h}"></rect>`,
  )}</a>`;
}

export function facsimile(image: Facsimile, articles: readonly PageArticle[], label: string): Child {
  const { pageWidth: w, pageHeight: h } = image;
  const linked = articles.filter((a) => a.zones.length > 0).length;
  return html`<figure class="facsimile">
<svg viewBox="0 0 ${w} ${h}" role="group" aria-label="${label}版面图，${linked}篇文章可点击">
<image href="${image.url}" x="0" y="0" width="${w}" height="${h}"></image>
${articles.map(zoneLink)}
</svg>
<figcaption class="meta">点击版面上的文章区域阅读全文 · <a href="${image.url}">查看原图</a>（${image.width}×${image.height}）</figcaption>
</figure>`;
}
