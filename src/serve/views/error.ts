// The HTML error page: what went wrong in Chinese and English, and where to go from here.
import type { HttpError } from "../errors.js";
import { html } from "./html.js";
import type { PageView } from "./layout.js";

const HEADINGS: Record<number, string> = {
  400: "请求有误",
  404: "找不到这一页",
  405: "不支持的请求方法",
  413: "请求过大",
  414: "网址过长",
  500: "服务器出错了",
};

export function errorView(error: HttpError): PageView {
  const heading = HEADINGS[error.status] ?? "出错了";
  return {
    title: `${heading}（${error.status}）`,
    noindex: true,
    main: html`<h1>${heading}</h1>
<div class="notice" role="alert"><p>${error.zh}</p><p class="meta" lang="en">${error.status}: ${error.message}</p></div>
${
  error.suggestions.length === 0
    ? ""
    : html`<h2>您可以看看</h2><ul class="list">${error.suggestions.map((s) => html`<li><a href="${s.url}">${s.label}</a></li>`)}</ul>`
}
<p><a href="/">回到首页</a> · <a href="/search">检索全文</a></p>`,
  };
}
