// The page shell every HTML page shares: skip link, site header with the search box, breadcrumbs,
// one <main>, footer; lang="zh-CN", no script at all, alternates for the JSON twin and feeds.
import { type Child, type Html, html } from "./html.js";

export interface Crumb {
  label: string;
  url?: string;
}

export interface Alternate {
  type: string;
  url: string;
  title: string;
}

/** What a view gives the shell. */
export interface PageView {
  /** The page's own title; the shell adds the site name. */
  title: string;
  main: Html;
  crumbs?: readonly Crumb[];
  alternates?: readonly Alternate[];
  description?: string;
  /** Search result and error pages: not for search engines to keep. */
  noindex?: boolean;
  /** The header's search box; off where the page has its own (home, search). */
  siteSearch?: boolean;
}

export const SITE_NAME = "版面";

const SITE_SEARCH = html`<form role="search" action="/search" method="get">
<label class="visually-hidden" for="site-q">检索全文</label>
<input type="search" id="site-q" name="q" placeholder="检索全文，如 双拥" maxlength="200">
<button type="submit">检索</button>
</form>`;

export function layout(view: PageView, json: string | null): Html {
  const alternates: Alternate[] = [...(view.alternates ?? [])];
  if (json !== null) alternates.unshift({ type: "application/json", url: json, title: "JSON" });
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${view.title} · ${SITE_NAME}</title>
${view.description === undefined ? "" : html`<meta name="description" content="${view.description}">`}
${view.noindex === true ? html`<meta name="robots" content="noindex">` : ""}
<link rel="stylesheet" href="/static/style.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
${alternates.map((a) => html`<link rel="alternate" type="${a.type}" href="${a.url}" title="${a.title}">\n`)}
</head>
<body>
<a class="skip" href="#main">跳到正文 Skip to content</a>
<header class="site">
<a class="brand" href="/">${SITE_NAME}<small>banmian 数字报档案</small></a>
${view.siteSearch === false ? "" : SITE_SEARCH}
</header>
${crumbs(view.crumbs ?? [])}
<main id="main" tabindex="-1">
${view.main}
</main>
<footer class="site-foot">
<p>${SITE_NAME} banmian · <a href="/openapi.json">API</a>${json === null ? "" : html` · <a href="${json}">JSON</a>`}</p>
</footer>
</body>
</html>
`;
}

function crumbs(items: readonly Crumb[]): Child {
  if (items.length === 0) return "";
  return html`<nav class="crumbs" aria-label="位置 Breadcrumb"><ol>${items.map((c, i) =>
    c.url === undefined || i === items.length - 1
      ? html`<li aria-current="page">${c.label}</li>`
      : html`<li><a href="${c.url}">${c.label}</a></li>`,
  )}</ol></nav>`;
}
