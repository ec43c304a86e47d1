// Named patterns of Chinese newspaper furniture inside articles, each with a real example, compiled once.

const NUM = "[0-9０-９一二三四五六七八九十〇零两]+";

/**
 * Jump lines, alone or at the end/start of a paragraph:
 * （下转第7版） （下转第七版） （转第3版） 下转第7版 · （上接第1版） （上接第一版） 上接第1版
 */
export const JUMP_OUT = new RegExp(
  `[（(]\\s*(?:下转|转至?)\\s*第?\\s*(${NUM})\\s*版\\s*[）)]|^\\s*下转第?\\s*(${NUM})\\s*版$`,
  "u",
);
export const JUMP_IN = new RegExp(
  `[（(]\\s*(?:上接|接上|紧接)\\s*第?\\s*(${NUM})\\s*版\\s*[）)]|^\\s*上接第?\\s*(${NUM})\\s*版$`,
  "u",
);
/** The same, anchored at a paragraph's end (out) or start (in). */
export const JUMP_OUT_AT_END = new RegExp(
  `\\s*(?:[（(]\\s*(?:下转|转至?)\\s*第?\\s*${NUM}\\s*版\\s*[）)])\\s*$`,
  "u",
);
export const JUMP_IN_AT_START = new RegExp(
  `^\\s*(?:[（(]\\s*(?:上接|接上|紧接)\\s*第?\\s*${NUM}\\s*版\\s*[）)])\\s*`,
  "u",
);
/** A block that is nothing but an outgoing jump line: （下转第7版） · 转第3版 */
export const JUMP_OUT_LINE = new RegExp(`^[（(]?\\s*(?:下转|转至?)\\s*第?\\s*${NUM}\\s*版\\s*[）)]?$`, "u");
/** A block that is nothing but a jump line. */
export const JUMP_LINE = new RegExp(
  `^[（(]?\\s*(?:下转|转至?|上接|接上|紧接)\\s*第?\\s*${NUM}\\s*版\\s*[）)]?$`,
  "u",
);

/**
 * Datelines at the start of a body: 新华社北京4月23日电 · 本报讯 · 本报北京1月31日电 · 据新华社金边1月30日电 ·
 * 新华社老挝琅勃拉邦3月9日电 · 本报慕尼黑3月9日电 · 人民网北京5月6日电
 */
export const DATELINE = new RegExp(
  "^(?<text>据?(?<source>新华社|中新社|中国新闻社|本报|人民日报|人民网|新华网|央视网|央视新闻|光明日报|经济日报|法制日报|中新网|澎湃新闻)" +
    // A place is a name, never a time word or a verb phrase: 本报近日收到读者来电，… is no dateline.
    "(?<place>(?!近日|日前|今天|昨天|记者|收到|发布|获悉)[\\p{Script=Han}·]{1,12}?)?(?<date>(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日)?(?:电|讯|消息))" +
    // …and what follows a dateline is the byline or the story, never a comma or more of the sentence.
    "(?![，,。、；;：:称说])",
  "u",
);

/** The bracketed byline right after a dateline: （记者 董雪 冯欽然） （记者 邹辉 通讯员 朱真） （鲜敢、汪学潮） */
export const BYLINE_AFTER_DATELINE = /^[\s\u3000\u00a0]*(?<text>[（(](?<inner>[^（()）]{2,40})[）)])/u;

/** Roles inside a byline, longest first: 记者 董雪 · 通讯员 朱真 · 实习生 · 特约记者 */
export const BYLINE_ROLES: readonly { word: string; role: "reporter" | "correspondent" | "other" }[] = [
  { word: "本报特约记者", role: "reporter" },
  { word: "本报见习记者", role: "reporter" },
  { word: "本报记者", role: "reporter" },
  { word: "新华社记者", role: "reporter" },
  { word: "特约记者", role: "reporter" },
  { word: "见习记者", role: "reporter" },
  { word: "记者", role: "reporter" },
  { word: "特约通讯员", role: "correspondent" },
  { word: "通讯员", role: "correspondent" },
  { word: "实习生", role: "other" },
];

/** A person's name in a byline: 2–4 Han characters, or a transliterated name with ·. */
export const PERSON_NAME = /^[\p{Script=Han}]{2,4}$|^[\p{Script=Han}]{1,8}·[\p{Script=Han}]{1,8}$/u;

/**
 * Credits: ■ 孙文辉 (after a caption: photographer; under a headline: author) · 本报记者 张三 摄 ·
 * 新华社记者 李四摄 · 汪　平摄 · 新华社发 · （新华社发）
 */
export const CREDIT_BULLET =
  /^[■□▲●◆]\s*(?<names>[\p{Script=Han}·]{2,4}(?:[\s\u3000\u00a0、]+[\p{Script=Han}·]{1,4}){0,3})$/u;
export const CREDIT_PHOTO =
  /^[（(]?(?<role>本报记者|新华社记者|新华社发|记者|通讯员|人民视觉|视觉中国)?[\s\u3000\u00a0]*(?<names>[\p{Script=Han}·\s\u3000\u00a0、]{0,30}?)[\s\u3000\u00a0]*(?<verb>摄|供图|制图|绘)?[）)]?$/u;
/** Staff credits on a line of their own: 本报记者 周大林 · 版式设计：孙小美 · 本版制图：孙小美 · 责任编辑：张三 */
export const CREDIT_STAFF =
  /^(?<role>本报记者|新华社记者|本报特约记者|本报通讯员|记者|通讯员|版式设计|本版制图|制图|美编|责任编辑|编辑|摄影|本期统筹|统筹)[：:\s\u3000\u00a0]*(?<names>(?:[\p{Script=Han}·]{1,4}[\s\u3000\u00a0、，]*){1,4})$/u;
/** Photo credits with an agency or a 报道 tail: 赵海天摄（人民视觉） · 吴小雨 郑大山 冯 乐摄影报道 · 统筹：陈 默 */
export const CREDIT_AGENCY =
  /^(?:[\p{Script=Han}·][\p{Script=Han}·\s\u3000\u00a0、]{0,24}(?:摄|摄影|摄影报道|供图)(?:[（(][\p{Script=Han}·]{2,10}[）)])?|(?:本期|本版)?(?:统筹|策划|主持|整理|来源|资料来源|数据来源)[：:][\s\u3000\u00a0]*[\p{Script=Han}·\s\u3000\u00a0、，]{2,20}|人民视觉|视觉中国|新华社发|影像中国)$/u;
/** Picture and text credits side by side: 曹 一图 杨立新文 · 张三摄 李四文 */
export const CREDIT_WORDS =
  /^(?:\p{Script=Han}[\p{Script=Han}\s\u3000\u00a0]{0,5}[图文摄][\s\u3000\u00a0]+){1,2}\p{Script=Han}[\p{Script=Han}\s\u3000\u00a0]{0,5}[图文摄]$/u;
/** An editor's sign-off under a note: ——编  者 · ——编者 */
export const SIGN_OFF = /^——[\s\u3000\u00a0]*(?:编[\s\u3000\u00a0]*者|本报编辑部|编辑部)$/u;
/** A caption that ends with its credit on the same line: …提升城市品质。 ■ 孙文辉 */
export const INLINE_CREDIT_AT_END =
  /[\s\u3000\u00a0]*(?<credit>[■□](?:[\s\u3000\u00a0]*[\p{Script=Han}·]{2,8}){1,4})$/u;
/** …城市品质。（本报记者 张三 摄） or …城市品质。新华社记者 李四摄 */
export const INLINE_PHOTO_CREDIT_AT_END =
  /(?<=[。！？”])[\s\u3000\u00a0]*(?<credit>[（(]?(?:本报记者|新华社记者|记者|通讯员)?[\s\u3000\u00a0]*(?:[\p{Script=Han}·]{2,4}[\s\u3000\u00a0、]*){1,4}摄[）)]?|[（(]?新华社发[）)]?)$/u;

/** Editor's notes: 编者按 4月23日，《学习时报》… · 编者按：… · 编者的话 (alone, the note follows) */
export const EDITOR_NOTE_START =
  /^(?<label>编者按|编者的话|编前|编后)[\s\u3000\u00a0]*[:：]?[\s\u3000\u00a0]*/u;

/** Contents boxes: 今日导读 · 本期导读 · 导读 · 要目 · 本版导读 · 今日要目 */
export const TOC_HEAD = /^(?:今日导读|本期导读|本版导读|今日要目|本期要目|导读|要目|目录)$/u;
/** A contents entry's page: 第2版 · 2版 · 见第3版 · 详见第5版 · （第七版） */
export const TOC_PAGE = new RegExp(`^[（(]?(?:详?见)?第?\\s*(${NUM})\\s*版[）)]?$`, "u");
export const TOC_PAGE_AT_END = new RegExp(
  `[\\s\u3000\u00a0]*[（(]?(?:详?见)?第\\s*(${NUM})\\s*版[）)]?$`,
  "u",
);
