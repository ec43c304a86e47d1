// What tells a headline from a paragraph, an in-article subheading or a number call-out; with real examples.

/** A headline is short: the longest in the development renderings, with its column tag, runs to ~55. */
export const MAX_HEADING_CHARS = 64;
/** …and printed on at most a few lines. */
export const MAX_HEADING_LINES = 3;

/** Subheadings that open a part of an article, never a new article: 核心阅读 · 编者的话 · 人物小传 · 相关链接 */
export const SUBHEADING_WORDS = new Set([
  "核心阅读",
  "编者的话",
  "编者按",
  "人物小传",
  "相关链接",
  "延伸阅读",
  "背景链接",
  "链接",
  "背景",
  "记者手记",
  "短评",
  "点评",
  "数说",
  "内容提要",
  "摘要",
  "图片说明",
  "专家观点",
  "新闻链接",
  "小贴士",
  "回信",
  "贺信",
  "贺电",
]);

/** Numbered subheadings: 一、积极推进… · （一）… · 1.… · ①… · 第一部分 · 记忆二 · 之一 */
export const NUMBERED_SUBHEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|[①-⑳]|第[一二三四五六七八九十\d]{1,3}[部分章节篇]|.{1,6}[一二三四五六七八九十]$)/u;

/** Number call-outs set large in a body: 7.7万 · 97%以上 · 1.26亿元 · 380亩 · 100% */
export const CALLOUT =
  /^[约近超逾]?[\d.,０-９]+(?:\.\d+)?\s*(?:%|％|万|亿|千|百|元|个|家|项|户|人次|人|倍|亩|吨|公里|千米|米|年|天|座|台|辆|件|所|条|部|场)*(?:以上|以下|左右|多|余)?$/u;

/** A column tag printed after a title: 让老物件讲好新故事（城市笔记） · 新技术打开新空间(本报观点) */
export const COLUMN_TAG_END = /[（(][^（()）。，]{2,40}[）)]$/u;

/** Bullets that open an item inside an article: ■本市今年… · ●全市新增绿地… */
export const BULLET_START = /^[■□●○◆◇▲△★☆·•]/u;

/** Picture items are titled so when they have a title at all: 图片报道. */
export const PHOTO_TITLES = new Set(["图片报道", "图片新闻", "新闻图片"]);
