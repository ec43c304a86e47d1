// A page (版): its articles in reading order, each with label, kicker, title, subtitle, lead; the
// contents box where it is printed; previous/next page; for a page from PDF, its image with clickable zones.
import type { PageArticle, PageData } from "../routes/page.js";
import { facsimile } from "./facsimile.js";
import { type Child, html } from "./html.js";
import type { PageView } from "./layout.js";
import { pager, tocBox } from "./parts.js";
import { cnDate, cnWeekday, dashed, pageLabel, titleOr } from "./text.js";

function item(a: PageArticle, data: PageData): Child {
  if (a.kind === "toc") return html`<li>${tocBox(data.toc.filter((e) => e.box === a.id))}</li>`;
  const jumps = [
    a.continuedFrom === null ? "" : `上接第${a.continuedFrom}版`,
    a.continuesOn === null ? "" : `下转第${a.continuesOn}版`,
  ].filter((s) => s !== "");
  return html`<li><article aria-labelledby="t-${a.position}">
${a.kicker === null ? "" : html`<p class="kicker">${a.kicker}</p>`}
<h2 id="t-${a.position}">${a.label === null ? "" : html`<span class="label">${a.label}</span>`}<a href="${a.url}">${titleOr(a.title, a.kind)}</a></h2>
${a.subtitle === null ? "" : html`<p class="subtitle">${dashed(a.subtitle)}</p>`}
${a.lead === "" ? "" : html`<p>${a.lead}</p>`}
${
  a.authors.length === 0 && jumps.length === 0
    ? ""
    : html`<p class="meta">${a.authors.join(" ")}${a.authors.length > 0 && jumps.length > 0 ? " · " : ""}${jumps.join(" · ")}</p>`
}
</article></li>`;
}

export function pageView(data: PageData): PageView {
  const label = pageLabel(data.page, data.pageName);
  return {
    title: `${label} · ${data.paper.name} ${cnDate(data.date)}`,
    description: `${data.paper.name}${cnDate(data.date)}${label}：${data.articles
      .map((a) => a.title ?? "")
      .filter(Boolean)
      .join("；")}`.slice(0, 160),
    crumbs: [
      { label: "首页", url: "/" },
      { label: data.paper.name, url: data.paper.url },
      { label: cnDate(data.date), url: data.issue },
      { label },
    ],
    main: html`<h1>${label}<br><small class="meta">${data.paper.name} · ${cnDate(data.date)} ${cnWeekday(data.date)}</small></h1>
${data.image === null ? "" : facsimile(data.image, data.articles, label)}
${
  data.articles.length === 0
    ? html`<p class="notice">本版没有识别出文章。No articles were found on this page.</p>`
    : html`<ol class="list" aria-label="本版文章（按阅读顺序）">${data.articles.map((a) => item(a, data))}</ol>`
}
${pager(
  "上一版 / 下一版",
  data.previous === null
    ? null
    : { url: data.previous.url, label: pageLabel(data.previous.page, data.previous.pageName) },
  data.next === null ? null : { url: data.next.url, label: pageLabel(data.next.page, data.next.pageName) },
)}`,
  };
}
