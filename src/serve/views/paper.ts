// A paper's archive page: years, then the chosen year's issues as month calendars (Monday first), days linking to issues.
import type { IssueLink, PaperData } from "../routes/paper.js";
import { monthWeeks, WEEK_HEADS } from "./calendar.js";
import { html } from "./html.js";
import type { PageView } from "./layout.js";
import { cnDate, cnMonth, cnWeekday } from "./text.js";

export function paperView(data: PaperData): PageView {
  const { paper } = data;
  const feeds = [
    { type: "application/rss+xml", url: data.feeds.rss, title: `${paper.name} RSS` },
    { type: "application/atom+xml", url: data.feeds.atom, title: `${paper.name} Atom` },
  ];
  const crumbs = [{ label: "首页", url: "/" }, { label: paper.name }];
  if (data.year === null)
    return {
      title: paper.name,
      crumbs,
      main: html`<h1>${paper.name}</h1><div class="notice"><p>本报还没有存档的期次。No issues of this paper are in the archive yet.</p>
<p>存入版面：<code>npx banmian ingest &lt;folder&gt; --paper ${paper.id}</code></p></div>`,
    };
  return {
    title: `${paper.name} ${data.year}年各期`,
    crumbs,
    alternates: feeds,
    description: `${paper.name}${data.year}年各期目录`,
    main: html`<h1>${paper.name}</h1>
${
  data.years.length > 1
    ? html`<nav aria-label="年份 Years"><ul class="years">${data.years.map((y) =>
        y.year === data.year
          ? html`<li><strong aria-current="page">${y.year}年</strong> <span class="meta">${y.issues}期</span></li>`
          : html`<li><a href="${y.url}">${y.year}年</a> <span class="meta">${y.issues}期</span></li>`,
      )}</ul></nav>`
    : ""
}
<h2>${data.year}年</h2>
${data.months.map((m) => monthTable(m.month, m.issues))}
<h2>订阅 Feeds</h2>
<p><a href="${data.feeds.rss}">RSS</a> · <a href="${data.feeds.atom}">Atom</a></p>
${
  data.sections.length > 0
    ? html`<ul class="years">${data.sections.map(
        (s) => html`<li>${s.pageName}：<a href="${s.rss}">RSS</a> · <a href="${s.atom}">Atom</a></li>`,
      )}</ul>`
    : ""
}`,
  };
}

/** One month as a calendar: days with an issue link to it (several editions: one link each), others are plain. */
function monthTable(month: string, issues: readonly IssueLink[]) {
  const byDay = new Map<number, IssueLink[]>();
  for (const i of issues) {
    const day = Number(i.date.slice(8, 10));
    byDay.set(day, [...(byDay.get(day) ?? []), i]);
  }
  const cell = (day: number | null) => {
    if (day === null) return html`<td></td>`;
    const links = byDay.get(day);
    if (links === undefined) return html`<td class="none">${day}</td>`;
    return html`<td>${links.map(
      (i) =>
        html`<a href="${i.url}" aria-label="${cnDate(i.date)} ${cnWeekday(i.date)}，${i.pages}版" title="${cnDate(i.date)} ${cnWeekday(i.date)} · ${i.pages}版 ${i.articles}篇">${day}${i.edition === "a" ? "" : i.edition}</a>`,
    )}</td>`;
  };
  return html`<table class="calendar"><caption>${cnMonth(month)} <span class="meta">${issues.length}期</span></caption>
<thead><tr>${WEEK_HEADS.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${monthWeeks(month).map((week) => html`<tr>${week.map(cell)}</tr>`)}</tbody></table>`;
}
