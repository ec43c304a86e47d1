// The one stylesheet, served at /static/style.css (CSP allows styles from the site only, no inline ones):
// mobile first, CJK font stacks, line-height 1.8, visible focus, dark scheme, and a print sheet.

export const STYLE = `
:root {
  --ink: #1d1d1f; --muted: #5b5b60; --paper: #fdfcf8; --rule: #d9d5ca; --accent: #a4161a; --mark: #ffe58a;
  --panel: #f4f1e8; --link: #1f4e8c;
  --sans: -apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Segoe UI", Roboto, sans-serif;
  --serif: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", serif;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --ink: #e8e6e1; --muted: #a7a39a; --paper: #17171a; --rule: #3a3934; --accent: #ff6b6b;
    --mark: #6b5a12; --panel: #222226; --link: #8cb4ff; }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 17px/1.8 var(--sans);
  text-rendering: optimizeLegibility; overflow-wrap: anywhere; line-break: strict; }
a { color: var(--link); text-underline-offset: 0.2em; }
a:hover { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
.skip { position: absolute; left: 0.5rem; top: -3rem; background: var(--ink); color: var(--paper);
  padding: 0.4rem 0.8rem; z-index: 10; }
.skip:focus { top: 0.5rem; color: var(--paper); }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
.site { border-bottom: 3px double var(--rule); padding: 0.6rem 1rem; display: flex; flex-wrap: wrap;
  gap: 0.4rem 1rem; align-items: center; justify-content: space-between; }
.brand { font: 700 1.35rem/1.2 var(--serif); color: var(--ink); text-decoration: none; letter-spacing: 0.08em; }
.brand small { font: 0.75rem var(--sans); color: var(--muted); letter-spacing: 0; margin-left: 0.4rem; }
.site form { display: flex; flex: 1 1 14rem; max-width: 26rem; }
input, select, button { font: inherit; font-size: 1rem; color: var(--ink); background: var(--paper);
  border: 1px solid var(--rule); border-radius: 4px; padding: 0.35rem 0.55rem; min-height: 2.5rem; }
input[type="search"], input[type="text"] { flex: 1; min-width: 0; }
button { background: var(--ink); color: var(--paper); border-color: var(--ink); cursor: pointer; margin-left: 0.3rem; }
main { max-width: 46rem; margin: 0 auto; padding: 0.5rem 1rem 3rem; }
.crumbs { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
.crumbs ol { list-style: none; padding: 0; margin: 0.6rem 0 0; font-size: 0.9rem; color: var(--muted);
  display: flex; flex-wrap: wrap; }
.crumbs li + li::before { content: "›"; margin: 0 0.45em; }
h1, h2, h3 { font-family: var(--serif); line-height: 1.35; margin: 1.2em 0 0.5em; }
h1 { font-size: 1.75rem; }
h2 { font-size: 1.3rem; }
h3 { font-size: 1.1rem; }
.muted, .meta { color: var(--muted); font-size: 0.92rem; }
.kicker, .subtitle { font-family: var(--serif); color: var(--muted); margin: 0.2em 0; font-size: 1.05rem; }
.label { display: inline-block; background: var(--accent); color: #fff; font: 0.85rem/1.6 var(--sans);
  padding: 0 0.45em; border-radius: 3px; margin-right: 0.5em; vertical-align: 0.2em; }
.headline h1 { margin: 0.2em 0; }
.article-body p { text-indent: 2em; text-align: justify; margin: 0 0 0.9em; }
.byline, .dateline { color: var(--muted); }
.byline a { margin-right: 0.3em; }
.editor-note { background: var(--panel); border-left: 4px solid var(--accent); padding: 0.6rem 1rem;
  margin: 1rem 0; font-family: var(--serif); }
.editor-note strong { margin-right: 0.5em; }
figure.photo { margin: 1.2rem 0; padding: 0.8rem 1rem; background: var(--panel); border-radius: 4px; }
figure.photo figcaption { text-align: justify; }
.credit { color: var(--muted); white-space: nowrap; margin-left: 0.5em; }
.jump { border: 1px dashed var(--rule); padding: 0.5rem 0.8rem; margin: 1rem 0; border-radius: 4px; }
.jump.missing { border-style: solid; border-color: var(--accent); }
.notice { background: var(--panel); padding: 0.7rem 1rem; border-radius: 4px; }
.toc { border: 2px solid var(--ink); padding: 0.3rem 1rem 0.6rem; margin: 1.2rem 0; }
.toc h2 { margin-top: 0.5rem; font-size: 1.15rem; letter-spacing: 0.2em; }
.toc ul, .list { list-style: none; margin: 0; padding: 0; }
.toc li { padding: 0.35rem 0; border-top: 1px solid var(--rule); }
.toc .meta { line-height: 1.5; display: inline-block; }
.list > li { padding: 0.7rem 0; border-bottom: 1px solid var(--rule); }
.list.compact > li { padding: 0.3rem 0; }
.list h2, .list h3 { margin: 0; font-size: 1.12rem; }
.list p { margin: 0.25em 0 0; }
.pages { display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: 0.5rem;
  list-style: none; padding: 0; }
.pages a { display: block; border: 1px solid var(--rule); border-radius: 4px; padding: 0.5rem 0.7rem;
  text-decoration: none; min-height: 2.75rem; }
.pages a[aria-current="page"] { border-color: var(--accent); }
.calendar { border-collapse: collapse; margin: 0 1.5rem 1.2rem 0; display: inline-table; vertical-align: top; }
.calendar caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }
.calendar th { font-weight: normal; color: var(--muted); width: 2.75rem; }
.calendar td { text-align: center; width: 2.75rem; height: 2.75rem; padding: 1px; }
.calendar td.none { color: var(--muted); }
.calendar a { display: block; min-height: 2.6rem; line-height: 2.6rem; border: 1px solid var(--rule);
  border-radius: 4px; text-decoration: none; font-weight: 600; }
.years { display: flex; flex-wrap: wrap; gap: 0.3rem 0.9rem; list-style: none; padding: 0; }
.pager { display: flex; flex-direction: column; justify-content: space-between; gap: 0.5rem 1rem; margin: 2rem 0 1rem;
  padding-top: 0.8rem; border-top: 1px solid var(--rule); }
.pager a { display: inline-block; padding: 0.3rem 0; }
.pager .next { margin-left: auto; text-align: right; }
mark { background: var(--mark); color: inherit; padding: 0 0.1em; border-radius: 2px; }
.filters { display: grid; grid-template-columns: 1fr; gap: 0.5rem; margin: 1rem 0; }
.filters label { display: flex; flex-direction: column; font-size: 0.9rem; color: var(--muted); }
.filters .wide { grid-column: 1 / -1; flex-direction: row; gap: 0.3rem; }
.filters details { display: block; color: var(--ink); }
.filters summary { cursor: pointer; color: var(--muted); font-size: 0.92rem; padding: 0.3rem 0; min-height: 2.75rem;
  display: flex; align-items: center; }
.filters .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0.5rem; margin: 0.3rem 0 0.6rem; }
.filters .grid input, .filters .grid select { width: 100%; }
.filters details > button { margin-left: 0; }
.facets { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; font-size: 0.92rem; }
.facets ul { list-style: none; padding: 0; margin: 0.2rem 0; display: flex; flex-wrap: wrap; gap: 0.2rem 0.7rem; }
.facets h2 { font-size: 0.95rem; margin: 0.4rem 0 0; font-family: var(--sans); }
.cite { font-size: 0.92rem; background: var(--panel); padding: 0.6rem 1rem; border-radius: 4px; }
.cite p { margin: 0.2rem 0; }
.share input { width: 100%; }
.facsimile { margin: 1rem 0 1.5rem; }
.facsimile svg { display: block; width: 100%; height: auto; background: #fff; border: 1px solid var(--rule); }
.facsimile rect { fill: transparent; stroke: transparent; stroke-width: 2px; vector-effect: non-scaling-stroke; }
.facsimile a:hover rect { fill: rgb(164 22 26 / 0.10); stroke: var(--accent); }
.facsimile a:focus { outline: none; }
.facsimile a:focus-visible rect { fill: rgb(164 22 26 / 0.16); stroke: var(--accent); stroke-width: 4px; }
.facsimile a:target rect { fill: rgb(255 229 138 / 0.35); stroke: var(--accent); stroke-width: 3px; }
.facsimile figcaption { margin-top: 0.3rem; }
.crop { margin: 0.6rem 0 1rem; }
.crop summary { cursor: pointer; color: var(--muted); font-size: 0.92rem; padding: 0.5rem 0; }
.crop svg { display: block; max-width: 100%; height: auto; margin-top: 0.4rem; border: 1px solid var(--rule); background: #fff; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
footer.site-foot { border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.85rem;
  padding: 1rem; text-align: center; }
@media (min-width: 40rem) {
  body { font-size: 18px; }
  h1 { font-size: 2rem; }
  .filters .grid { grid-template-columns: repeat(3, 1fr); }
  .pager { flex-direction: row; }
  .pager a { max-width: 48%; }
}
@media (prefers-reduced-motion: no-preference) { a { transition: color 0.15s; } }
@media print {
  @page { margin: 2cm 2.2cm; }
  :root { --ink: #000; --muted: #333; --paper: #fff; --link: #000; }
  body { font: 11pt/1.7 var(--serif); }
  .site, .skip, .crumbs, .pager, .share, .site-foot, .filters, .facets, .jump a.story { display: none !important; }
  main { max-width: none; padding: 0; }
  a { text-decoration: none; }
  .article-body p { orphans: 2; widows: 2; }
  h1, h2, h3 { break-after: avoid; }
  .cite { background: none; border-top: 1px solid #000; border-radius: 0; }
}
`;

export const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#a4161a"/><text x="16" y="23" font-size="20" text-anchor="middle" fill="#fff" font-family="serif">版</text></svg>`;
