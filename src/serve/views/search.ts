// Search: the form with its filters, the count, hits with highlighted snippets («» → <mark>, everything
// else escaped), facets, paging; a help text before the first query and hints when nothing matched.
import type { Facet, SearchData } from "../routes/search.js";
import { type Child, type Html, html } from "./html.js";
import type { PageView } from "./layout.js";
import { cnDate, KIND_LABELS } from "./text.js";

/** The index's «match» markers as <mark>; the text around them escaped, stray markers left as text. */
export function highlight(snippet: string): Html {
  const out: Child[] = [];
  let last = 0;
  for (const m of snippet.matchAll(/«([^«»]*)»/gu)) {
    out.push(snippet.slice(last, m.index), html`<mark>${m[1] ?? ""}</mark>`);
    last = m.index + m[0].length;
  }
  out.push(snippet.slice(last));
  return html`${out}`;
}

function form(data: SearchData): Html {
  const q = data.query;
  const option = (value: string, label: string, chosen: string) =>
    html`<option value="${value}"${value === chosen ? html` selected` : ""}>${label}</option>`;
  const filtered = [q.paper, q.from, q.to, q.page, q.kind, q.author].some((v) => v !== "");
  return html`<form role="search" action="/search" method="get" class="filters" aria-label="检索条件">
<label class="wide" for="q"><span class="visually-hidden">关键词</span><input type="search" id="q" name="q" value="${q.q}" maxlength="200" placeholder="关键词，如 双拥 或 &quot;专利权质押&quot; -贷款"><button type="submit">检索</button></label>
<details class="wide"${filtered ? html` open` : ""}><summary>筛选：报纸、日期、版次、类别、作者</summary><div class="grid">
<label>报纸<select name="paper">${option("", "全部报纸", q.paper)}${data.papers.map((p) => option(p.id, p.name, q.paper))}</select></label>
<label>类别<select name="kind">${option("", "全部类别", q.kind)}${Object.entries(KIND_LABELS).map(([k, l]) => option(k, l, q.kind))}</select></label>
<label>起始日期<input type="date" name="from" value="${/^\d{4}-\d{2}-\d{2}$/u.test(q.from) ? q.from : ""}"></label>
<label>截止日期<input type="date" name="to" value="${/^\d{4}-\d{2}-\d{2}$/u.test(q.to) ? q.to : ""}"></label>
<label>版次<input type="number" name="page" min="1" max="999" value="${q.page}" inputmode="numeric"></label>
<label>作者<input type="text" name="author" value="${q.author}" maxlength="40"></label>
</div><button type="submit">按条件检索</button></details>
</form>`;
}

function facetList(title: string, facets: readonly Facet[]): Child {
  if (facets.length === 0) return "";
  return html`<section><h2>${title}</h2><ul>${facets.map(
    (f) =>
      html`<li>${f.selected ? html`<strong>${f.label}</strong> <a href="${f.url}" aria-label="取消 ${f.label}">×</a>` : html`<a href="${f.url}">${f.label}</a>`} <span class="meta">${f.count}</span></li>`,
  )}</ul></section>`;
}

const HELP = html`<div class="notice"><p>输入关键词检索全部存档文章。Search every archived article.</p>
<ul><li>多个词：同时包含，如 <code>专利 质押</code></li><li>短语：<code>"双拥模范城"</code></li>
<li>任一：<code>高唐 OR 临清</code>；排除：<code>双拥 -大会</code></li><li>按作者：在“作者”一栏填写姓名</li></ul></div>`;

function results(data: SearchData): Child {
  const q = data.query;
  if (q.q === "" && q.author === "") return HELP;
  const filtered =
    [q.paper, q.from, q.to, q.page, q.kind].some((v) => v !== "") || (q.author !== "" && q.q !== "");
  if (data.total === 0)
    return html`<div class="notice" role="status"><p>没有找到相关文章。No articles matched.</p>
<ul><li>检查错别字，或减少关键词</li>${filtered ? html`<li><a href="/search?q=${encodeURIComponent(q.q || q.author)}">去掉筛选条件再试</a></li>` : ""}<li>繁体、简体均可检索</li></ul></div>`;
  if (data.hits.length === 0)
    return html`<div class="notice" role="status"><p>共 ${data.total} 篇，这一页之后没有更多结果。</p>
<p><a href="${data.paging.first}">回到第一页</a></p></div>`;
  return html`<p role="status">共${data.approximate?.total ? "约" : ""} <strong>${data.total}</strong> 篇${data.total > data.hits.length ? html`，第 ${q.offset + 1}–${q.offset + data.hits.length} 篇` : ""}${data.exactUrl === null ? "" : html`（<a href="${data.exactUrl}" rel="nofollow">精确计数</a>）`}</p>
<div class="facets">${facetList("报纸", data.facets.paper)}${facetList("年份", data.facets.year)}${facetList("版次", data.facets.page)}</div>
<ol class="list" start="${q.offset + 1}">${data.hits.map(
    (h) => html`<li><h2><a href="${h.url}">${h.title === "" ? "（无标题）" : h.title}</a></h2>
<p class="meta">${h.paperName} · ${cnDate(h.date)} · 第${h.page}版${h.kind === "article" ? "" : html` · ${KIND_LABELS[h.kind]}`}</p>
<p>${highlight(h.snippet)}</p></li>`,
  )}</ol>
${
  data.paging.pages.length === 0
    ? ""
    : html`<nav class="pager" aria-label="结果分页">${data.paging.previous === null ? "" : html`<a rel="prev" href="${data.paging.previous}">← 上一页</a>`}
<span>${data.paging.pages.map((p) => (p.current ? html`<strong aria-current="page">${p.n}</strong> ` : html`<a href="${p.url}">${p.n}</a> `))}</span>
${data.paging.next === null ? "" : html`<a rel="next" href="${data.paging.next}">下一页 →</a>`}</nav>`
}`;
}

export function searchView(data: SearchData): PageView {
  const q = data.query.q || data.query.author;
  return {
    title: q === "" ? "检索" : `“${q}”的检索结果`,
    crumbs: [{ label: "首页", url: "/" }, { label: "检索" }],
    noindex: true,
    siteSearch: false,
    main: html`<h1>${q === "" ? "检索" : html`“${q}”的检索结果`}</h1>
${data.query.author === "" ? "" : html`<p class="meta">作者：${data.query.author}</p>`}
${form(data)}
${results(data)}`,
  };
}
