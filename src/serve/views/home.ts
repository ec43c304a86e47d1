// The home page: what the archive holds, the latest issues, and how to search; an empty archive says how
// to fill it.
import type { HomeData } from "../routes/home.js";
import { html } from "./html.js";
import type { PageView } from "./layout.js";
import { cnDate, cnWeekday } from "./text.js";

export function homeView(data: HomeData): PageView {
  if (data.papers.length === 0)
    return {
      title: "数字报档案",
      main: html`<h1>数字报档案</h1>
<div class="notice"><p>档案还是空的。The archive is empty.</p>
<p>存入版面：<code>npx banmian ingest examples/</code>（或 <code>npm start</code>，会存入随附的样例版面并启动本站）。</p></div>`,
    };
  return {
    title: "数字报档案",
    siteSearch: false,
    description: `${data.papers.map((p) => p.name).join("、")}的数字报档案：版面、文章与全文检索`,
    main: html`<h1>数字报档案</h1>
<p class="muted">${data.papers.length} 种报纸，${data.papers.reduce((n, p) => n + p.issues, 0)} 期。按报纸、日期、版面浏览，或检索全文。</p>
<form role="search" action="/search" method="get" class="filters">
<label class="wide" for="home-q"><span class="visually-hidden">检索全文</span>
<input type="search" id="home-q" name="q" placeholder="输入关键词，如 双拥、专利 质押" maxlength="200"><button type="submit">检索</button></label>
</form>
<section aria-labelledby="papers-h"><h2 id="papers-h">报纸</h2>
<ul class="list">${data.papers.map(
      (p) => html`<li><h3><a href="${p.url}">${p.name}</a></h3>
<p class="meta">${p.issues} 期 · ${cnDate(p.first)}${p.first === p.last ? "" : html` 至 ${cnDate(p.last)}`}</p></li>`,
    )}</ul></section>
<section aria-labelledby="latest-h"><h2 id="latest-h">最新各期</h2>
<ul class="list">${data.latest.map(
      (i) => html`<li><a href="${i.url}">${i.paperName} ${cnDate(i.date)}</a>
<span class="meta">${cnWeekday(i.date)} · ${i.pages} 版 · ${i.articles} 篇</span></li>`,
    )}</ul></section>`,
  };
}
