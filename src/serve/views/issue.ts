// An issue: masthead date, the 今日导读 box, every page with its articles, previous/next issue.
import type { IssueData } from "../routes/issue.js";
import { html } from "./html.js";
import type { PageView } from "./layout.js";
import { pager, tocBox } from "./parts.js";
import { cnDate, cnWeekday, pageLabel, titleOr } from "./text.js";

export function issueView(data: IssueData): PageView {
  const when = `${cnDate(data.date)} ${cnWeekday(data.date)}`;
  const edition = data.edition === "a" ? "" : `（${data.edition}版次）`;
  return {
    title: `${data.paper.name} ${cnDate(data.date)}${edition}`,
    description: `${data.paper.name}${cnDate(data.date)}，共${data.pages.length}版`,
    crumbs: [
      { label: "首页", url: "/" },
      { label: data.paper.name, url: data.paper.url },
      { label: cnDate(data.date) },
    ],
    main: html`<h1>${data.paper.name}<br><small class="meta">${when}${edition}</small></h1>
<p class="meta">本期存档 ${data.pages.length} 版</p>
<nav aria-label="版面 Pages"><ul class="pages">${data.pages.map(
      (p) =>
        html`<li><a href="${p.url}">${pageLabel(p.page, p.pageName)}<br><span class="meta">${p.articles.length} 篇</span></a></li>`,
    )}</ul></nav>
${tocBox(data.toc)}
${data.pages.map(
  (
    p,
  ) => html`<section aria-labelledby="pg-${p.page}"><h2 id="pg-${p.page}"><a href="${p.url}">${pageLabel(p.page, p.pageName)}</a></h2>
<ul class="list compact">${p.articles
    .filter((a) => a.kind !== "toc")
    .map((a) => html`<li><a href="${a.url}">${titleOr(a.title, a.kind)}</a></li>`)}</ul></section>`,
)}
${pager(
  "上一期 / 下一期",
  data.previous === null ? null : { url: data.previous.url, label: `上一期 ${cnDate(data.previous.date)}` },
  data.next === null ? null : { url: data.next.url, label: `下一期 ${cnDate(data.next.date)}` },
)}`,
  };
}
