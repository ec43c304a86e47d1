// Words the pages print: dates as 2025年4月24日 星期四, 第1版 要闻, byline roles, article kinds, counts.
import type { ArticleKind, AuthorRole } from "../../model/index.js";

const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

function parts(iso: string): [number, number, number] {
  const [y = 0, m = 0, d = 0] = iso.split("-").map(Number);
  return [y, m, d];
}

/** 2025年4月24日 */
export function cnDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${y}年${m}月${d}日`;
}

/** 星期四 */
export function cnWeekday(iso: string): string {
  const [y, m, d] = parts(iso);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? "";
}

/** 4月 */
export const cnMonth = (yearMonth: string): string => `${Number(yearMonth.slice(5, 7))}月`;

/** 第1版, or 第1版 要闻 when the page has a name. */
export function pageLabel(page: number, pageName: string | null): string {
  return pageName === null || pageName === "" ? `第${page}版` : `第${page}版 ${pageName}`;
}

export const ROLE_LABELS: Record<AuthorRole, string> = {
  reporter: "记者",
  correspondent: "通讯员",
  photographer: "摄影",
  author: "作者",
  editor: "编辑",
  other: "",
};

export const KIND_LABELS: Record<ArticleKind, string> = {
  article: "文章",
  photo: "图片",
  toc: "导读",
  notice: "公告",
  other: "其他",
};

/** The headline a list shows for an article: its title, else what kind of item it is. */
export function titleOr(title: string | null, kind: ArticleKind): string {
  if (title !== null && title.trim() !== "") return title;
  return kind === "photo" ? "图片报道" : kind === "toc" ? "今日导读" : "（无标题）";
}

/** A subtitle as printed under a title: with its leading dash (——), added when the text has none. */
export function dashed(subtitle: string): string {
  return /^[—–─-]/u.test(subtitle) ? subtitle : `——${subtitle}`;
}

// Shorter opening paragraphs are in-article headings or figures (97%以上), not the lead.
const LEAD_MIN_CHARS = 24;

/** The paragraph a list shows under a headline: the first that reads as prose, cut near `chars`. */
export function leadOf(paragraphs: readonly string[], chars = 120): string {
  return lead(paragraphs.find((p) => p.length >= LEAD_MIN_CHARS) ?? paragraphs[0] ?? "", chars);
}

/** At most `chars` characters, cut at the end of a sentence when one ends late enough, else with …. */
export function lead(text: string, chars = 120): string {
  if (text.length <= chars) return text;
  const cut = text.slice(0, chars);
  const end = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf("！"), cut.lastIndexOf("？"));
  return end >= chars / 2 ? cut.slice(0, end + 1) : `${cut}…`;
}
