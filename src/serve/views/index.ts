// views: tiny escaping templates (html.ts), the page shell, one view per page kind, the stylesheet.
export { type Child, escapeHtml, Html, html, joinHtml, trusted } from "./html.js";
export { layout, type PageView } from "./layout.js";
