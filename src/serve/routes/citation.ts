// The citation line of an article, after GB/T 7714-2015's form for newspaper articles:
// 作者. 题名：其他题名信息[N]. 报纸名, 出版日期(版次).  e.g. 邹辉, 朱真. 14笔专利权质押融资 1.26亿元[N]. 聊城日报, 2025-04-24(1).
import type { Article } from "../../model/index.js";
import { titleOr } from "../views/text.js";

// The standard lists up to three authors, then 等.
const MAX_AUTHORS = 3;

export function citation(
  article: Article,
  paperName: string,
  date: string,
  pages: readonly number[],
): string {
  const names = [...new Set(article.authors.filter((a) => a.role !== "editor").map((a) => a.name))];
  const who =
    names.length === 0
      ? ""
      : `${names.slice(0, MAX_AUTHORS).join(", ")}${names.length > MAX_AUTHORS ? ", 等" : ""}. `;
  const title = titleOr(article.title, article.kind) + (article.subtitle ? `：${article.subtitle}` : "");
  return `${who}${title}[N]. ${paperName}, ${date}(${pages.join(", ")}).`;
}
