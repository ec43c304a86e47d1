// The meta stage's heuristics as named data, compiled once: the file-name convention and the
// page-header line (masthead strip) that tops many pages, with real-looking examples.

/**
 * <paper-id>-<YYYY-MM-DD>-p<NN>.<ext>, leniently: lcrb-2025-04-24-p01.txt · rmrb_20190226_p3.pdf ·
 * gmrb-2019-2-26-p001.html · lcrb-2025-04-24.txt (no page) · 2025-04-24-p01.txt (no paper).
 */
export const FILE_NAME = new RegExp(
  [
    "^(?:(?<paper>[a-z][a-z0-9]*)[-_])?",
    "(?<date>(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})|(?<y8>\\d{4})(?<m8>\\d{2})(?<d8>\\d{2}))",
    "(?:[-_]p(?<page>\\d{1,3}))?",
    "(?:\\.(?:txt|pdf|html?))?$",
  ].join(""),
  "i",
);

const DIGIT = "[0-9０-９]";
const CN_DIGIT = "[〇零一二三四五六七八九]";
const CN_NUMBER = "[〇零一二两三四五六七八九十廿卅]";

/** 2019年2月26日 · 2025 年 4 月 24 日 · 二〇一九年二月二十六日 · ２０１９年２月２６日 (the year is required). */
export const HEADER_DATE = new RegExp(
  `(${DIGIT}{4}|${CN_DIGIT}{4})\\s*年\\s*(${DIGIT}{1,2}|${CN_NUMBER}{1,3})\\s*月\\s*(${DIGIT}{1,2}|${CN_NUMBER}{1,3})\\s*日`,
  "gu",
);

/** 星期二 · 礼拜天 · 周四 */
export const HEADER_WEEKDAY = /(?:星期|礼拜|周)[一二三四五六日天]/gu;

/** 第3版 · 第03版 · 第３版 · 第三版 · 第十二版 */
export const HEADER_PAGE = /第\s*([0-9０-９]{1,3}|[〇零一二两三四五六七八九十百]{1,5})\s*版/gu;

/** Between header parts: spaces (full-width too), tabs, bars. A · inside a part (经济·社会) stays. */
export const HEADER_SEPARATOR = /[\s|｜]+/u;
/** Trimmed off each part's ends: 第3版：要闻 → 要闻, 人民日报·2019年… → 人民日报. */
export const HEADER_PART_TRIM = /^[·・•:：\-—]+|[·・•:：\-—]+$/gu;

/** Header lines are short: the longest masthead strips seen run ~40 characters. */
export const MAX_HEADER_CHARS = 50;
/** Headers sit at the top: within the first three non-blank lines. */
export const HEADER_SEARCH_LINES = 3;

/** Lines that carry a date and 第N版 or a weekday but are still not headers. */
export const NOT_HEADER: readonly { name: string; pattern: RegExp; example: string }[] = [
  {
    name: "sentence punctuation",
    pattern: /[，。；！？、]/u,
    example: "2025年4月22日，阳谷县召开第3版规划会",
  },
  { name: "dateline", pattern: /日电|日讯/u, example: "新华社北京2025年4月23日电 星期三" },
  { name: "jump line", pattern: /[上下]转|[上下]接/u, example: "（上接2025年4月23日第1版）" },
  { name: "news source", pattern: /^(新华社|中新社|本报|记者)/u, example: "本报讯 2025年4月23日 星期三" },
];

/** A masthead's paper name when the registry does not know it: 齐鲁晚报, 某某日报, 文汇报. */
export const PAPER_NAME = /^\p{Script=Han}{1,12}报$/u;

/** A page name printed next to 第N版: 要闻, 综合, 国际, 理论, 聊城新闻, 经济·社会. */
export const PAGE_NAME = /^[\p{Script=Han}·・]{2,8}$/u;

/** Masthead clutter that is neither paper nor page name. */
export const MASTHEAD_CLUTTER: readonly { name: string; pattern: RegExp; example: string }[] = [
  {
    name: "lunar date",
    pattern: /^农历|^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年/u,
    example: "农历乙巳年三月廿七",
  },
  {
    name: "lunar month-day",
    pattern: /^闰?[正一二三四五六七八九十冬腊]{1,2}月[初十廿卅二三]/u,
    example: "三月廿七",
  },
  {
    name: "issue number",
    pattern: /^总?第[0-9０-９〇零一二三四五六七八九十百千万]+期$/u,
    example: "总第12345期",
  },
  { name: "page count", pattern: /^今日[0-9０-９一二三四五六七八九十]+版$/u, example: "今日8版" },
  {
    name: "staff",
    pattern: /^(责任编辑|责编|编辑|美编|校对|版式|组版|值班总编)/u,
    example: "责任编辑：王某",
  },
  { name: "registration", pattern: /^(CN|ISSN|国内统一|邮发代号|代号)/iu, example: "CN37-0034" },
];
