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

/** A dateline closing a story instead of opening it: （本报某地3月9日电） · （新华社北京4月23日电） · （本报某地电） */
export const CLOSING_DATELINE =
  /^[（(](?:本报|新华社|中新社)[\p{Script=Han}·]{0,12}?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?电[）)]$/u;

/**
 * A note in brackets that closes a story: its author （作者为某大学教授） · （作者系某研究院研究员）, or the staff
 * who wrote it up （本报记者 张三、李四） · （本报记者 王五整理）.
 */
export const CLOSING_NOTE =
  /^[（(](?:作者(?:为|系|是|单位)|本报记者|记者|新华社记者)[^（()）]*(?:[（(][^（()）]*[）)][^（()）]*)*[）)]$/u;

/** A date alone in brackets under a speech's title: （二〇二五年四月二十三日） · （2025年4月23日） */
export const SPEECH_DATE =
  /^[（(][\d〇零一二三四五六七八九十]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日[）)]$/u;

/** Credits for a whole page or feature, printed at its end: 版式设计：张三 · 本版制图：李四 · 责任编辑：王五 */
export const PAGE_CREDIT = /^(?:版式设计|本版制图|本版编辑|责任编辑)[：:]/u;

/** A box of briefs, titled by its kind alone or with a topic: 速览 · 速览·植树节 · 微阅读 · 简讯 */
export const BOX_TITLE = /^(?:速览|微阅读|简讯|快讯|新闻速递|要闻速览)(?:[·・][^，。]{1,12})?$/u;
