// An article: label, kicker, title, subtitle; dateline and byline (names link to their articles); editor's
// note; body, or a photo's caption with its credit; jumps; the story's parts; previous/next; citation, share.
import { type Article, type Author, type BodyPiece, printOrder } from "../../model/index.js";
import type { ArticleData, Jump, OnPage } from "../routes/article.js";
import { searchUrl } from "../urls.js";
import { type Child, html, joinHtml } from "./html.js";
import type { PageView } from "./layout.js";
import { pager, tocBox } from "./parts.js";
import { cnDate, cnWeekday, dashed, pageLabel, ROLE_LABELS, titleOr } from "./text.js";

/** 记者 董雪 冯欽然　通讯员 朱真: roles in first-seen order, each name a link to the author's articles. */
function byline(authors: readonly Author[]): Child {
  const roles = new Map<string, Author[]>();
  for (const a of authors) roles.set(a.role, [...(roles.get(a.role) ?? []), a]);
  return joinHtml(
    [...roles].map(([role, list]) => {
      const label = ROLE_LABELS[role as Author["role"]];
      const names = list.map((a) => html`<a href="${searchUrl({ author: a.name })}">${a.name}</a>`);
      return html`${label === "" ? "" : html`${label} `}${joinHtml(names, " ")}`;
    }),
    "　",
  );
}

function jumpBox(j: Jump | null): Child {
  if (j === null) return "";
  if (j.url !== null) return html`<p class="jump"><a href="${j.url}">（${j.printed}）</a></p>`;
  return html`<p class="jump missing" role="note">（${j.printed}）${j.note}${
    j.pageUrl === null ? "" : html` · <a href="${j.pageUrl}">查看第${j.page}版</a>`
  }</p>`;
}

/**
 * The body from its first paragraph on, each credit printed among or after the paragraphs in its place (a
 * photo credit under its caption); apart, the credits printed above the first paragraph: the byline's.
 */
function printed(a: Article): { above: string[]; body: BodyPiece[] } {
  const pieces = printOrder(a);
  const first = pieces.findIndex((p) => p.kind === "paragraph");
  const head = first < 0 ? pieces : pieces.slice(0, first);
  return {
    above: head.flatMap((p) => (p.kind === "credit" ? [p.text] : [])),
    body: first < 0 ? [] : pieces.slice(first),
  };
}

/** A paragraph or a credit: blocks in an article's body, run together in a photo's caption. */
function piece(p: BodyPiece, caption: boolean): Child {
  if (p.kind === "credit")
    return caption ? html`<span class="credit">${p.text}</span>` : html`<p class="credit">${p.text}</p>\n`;
  if (p.kind === "paragraph") return caption ? p.text : html`<p>${p.text}</p>\n`;
  return "";
}

function body(a: Article): Child {
  if (a.kind === "photo")
    return html`<figure class="photo"><figcaption>${printOrder(a).map((p) => piece(p, true))}</figcaption></figure>`;
  if (a.kind === "toc")
    return tocBox(
      (a.toc ?? []).map((e) => ({
        box: "",
        kicker: e.kicker,
        title: e.title,
        subtitle: e.subtitle ?? null,
        page: e.page,
        url: null,
        note: null,
      })),
    );
  return html`<div class="article-body">${printed(a).body.map((p) => piece(p, false))}</div>`;
}

/** The article's crop of its page image, opened on demand (a long column would push the text down). */
function onPageBox(on: OnPage): Child {
  const { image, bounds: b } = on;
  const scale = image.width / image.pageWidth;
  return html`<details class="crop"><summary>本文在版面上的原样</summary>
<svg viewBox="${b.x} ${b.y} ${b.w} ${b.h}" width="${Math.round(b.w * scale)}" height="${Math.round(b.h * scale)}" role="img" aria-label="本文在版面上的原样">
<image href="${image.url}" x="0" y="0" width="${image.pageWidth}" height="${image.pageHeight}"></image>
</svg>
</details>`;
}

export function articleView(data: ArticleData): PageView {
  const a = data.article;
  const title = titleOr(a.title, a.kind);
  const whole = data.kind === "story";
  const where = pageLabel(data.page, data.pageName);
  const printedCredits = a.authors.length === 0 && a.kind !== "photo" ? printed(a).above : [];
  return {
    title: `${title} · ${data.paper.name} ${cnDate(data.date)} ${where}`,
    description: (a.paragraphs[0] ?? "").slice(0, 120),
    crumbs: [
      { label: "首页", url: "/" },
      { label: data.paper.name, url: data.paper.url },
      { label: cnDate(data.date), url: data.issue },
      { label: where, url: data.pageUrl },
      { label: whole ? `${title}（全文）` : title },
    ],
    main: html`<article aria-labelledby="title">
<header class="headline">
${a.kicker === null ? "" : html`<p class="kicker">${a.kicker}</p>`}
<h1 id="title">${a.label === null ? "" : html`<span class="label">${a.label}</span>`}${title}</h1>
${a.subtitle === null ? "" : html`<p class="subtitle">${dashed(a.subtitle)}</p>`}
<p class="meta"><a href="${data.paper.url}">${data.paper.name}</a> · <a href="${data.issue}">${cnDate(data.date)} ${cnWeekday(data.date)}</a> · <a href="${data.pageUrl}">${where}</a>${data.onPage === null ? "" : html` · <a href="${data.onPage.url}">在版面上查看</a>`}${whole && data.story !== null ? html` · 全文，合并自第${[...new Set(data.story.parts.map((p) => p.page))].join("、")}版` : ""}</p>
${a.dateline === null && a.authors.length === 0 && printedCredits.length === 0 ? "" : html`<p class="byline">${a.dateline?.text === undefined ? "" : html`<span class="dateline">${a.dateline.text}</span> `}${a.kind === "photo" ? "" : byline(a.authors)}${printedCredits.join(" ")}</p>`}
</header>
${data.onPage === null ? "" : onPageBox(data.onPage)}
${jumpBox(data.jumps.continuedFrom)}
${a.editorNote === null ? "" : html`<aside class="editor-note" aria-label="${a.editorNoteLabel ?? "编者按"}"><strong>${a.editorNoteLabel ?? "编者按"}</strong>${a.editorNote}</aside>`}
${body(a)}
${a.kind === "photo" && a.authors.length > 0 ? html`<p class="byline">${byline(a.authors)}</p>` : ""}
${jumpBox(data.jumps.continuesOn)}
${
  data.story === null
    ? ""
    : html`<nav aria-label="本文各部分 Parts of this story" class="meta"><p>本文分${data.story.parts.length}部分刊出：${joinHtml(
        data.story.parts.map((p) => html`<a href="${p.url}">第${p.page}版</a>`),
        "、",
      )}${whole ? "" : html` · <a href="${data.story.url}">阅读全文（跨版合并）</a>`}</p></nav>`
}
</article>
${pager(
  "上一篇 / 下一篇",
  data.previous === null ? null : { url: data.previous.url, label: `上一篇：${data.previous.title}` },
  data.next === null ? null : { url: data.next.url, label: `下一篇：${data.next.title}` },
)}
<section class="cite" aria-labelledby="cite-h"><h2 id="cite-h" class="visually-hidden">引用与分享</h2>
<p><strong>引用</strong> ${data.citation}</p>
<p class="share"><label for="share-url"><strong>分享链接</strong></label> <input id="share-url" type="text" readonly value="${data.share}"> <a href="${`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(data.share)}`}">电子邮件</a></p>
</section>`,
  };
}
