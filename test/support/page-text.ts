// fast-check generators of raw page text, from a vocabulary written for the tests (no corpus text):
// arbitrary mixes of the pieces pages are made of, and page-shaped text in the three layouts.
import fc from "fast-check";

const WORDS = [
  "今天上午",
  "市民",
  "小河公园",
  "正式开园",
  "志愿者",
  "柳树",
  "老街",
  "改造",
  "重新开放",
  "图书馆",
  "延长开放时间",
  "乡村振兴",
  "新农人",
  "麦田",
  "合作社",
  "产业",
  "发展",
  "高质量",
  "推进",
  "会议",
  "代表",
  "人民",
  "群众",
  "经济",
  "项目",
  "建设",
  "服务",
  "企业",
  "学校",
  "医院",
  "春天",
  "2025年",
  "4月23日",
  "三千棵",
  "百分之二十",
  "第一次",
  "ABC",
  "5G",
  "——",
  "“",
  "”",
  "《",
  "》",
  "、",
];
const PUNCTUATION = ["。", "，", "；", "！", "？", "：", "……"];
const DATELINES = [
  "本报讯",
  "本报北京5月1日电",
  "新华社北京4月23日电",
  "新华社记者",
  "中新社上海3月2日电",
  "据新华社",
];
const BYLINES = ["（记者 王小明）", "（记者 李 华 通讯员 赵立）", "■ 张三", "本报记者 刘洋", "（完）"];
const JUMPS = [
  "（下转第7版）",
  "（上接第一版）",
  "（下转第２版）",
  "（上接第12版）",
  "下转第3版",
  "（转第5版）",
];
const HEADERS = [
  "人民日报 2019年2月26日 星期二 第3版",
  "聊城日报\u30002025年4月24日\u3000第1版",
  "第4版 要闻",
];
const FURNITURE = [
  "今日导读",
  "编者按：",
  "编者的话",
  "图为",
  "摄",
  "责任编辑：周五",
  "第2版",
  "广告",
  "【",
  "】",
];
const SPACES = ["\u3000", "\u3000\u3000", " ", "  ", "\t", "\u00a0", "\ufeff"];
const BREAKS = ["\n", "\n\n", "\n\n\n", "\r\n", "\r"];

const word = fc.constantFrom(...WORDS);
const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(""));
const sentence = fc
  .tuple(fc.array(word, { minLength: 2, maxLength: 12 }), fc.constantFrom(...PUNCTUATION))
  .map(([w, p]) => w.join("") + p);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const paragraph = fc
  .record({
    indent: fc.constantFrom("", "\u3000\u3000", "  "),
    dateline: maybe(fc.constantFrom(...DATELINES)),
    byline: maybe(fc.constantFrom(...BYLINES)),
    sentences: fc.array(sentence, { minLength: 1, maxLength: 6 }),
    jump: maybe(fc.constantFrom(...JUMPS)),
  })
  .map((p) => p.indent + (p.dateline ?? "") + (p.byline ?? "") + p.sentences.join("") + (p.jump ?? ""));

/** One item's lines: kicker, title, subtitle, a jump-from line, paragraphs; each part but the title optional. */
const item = fc
  .record({
    kicker: maybe(phrase),
    title: phrase,
    subtitle: maybe(phrase.map((s) => `——${s}`)),
    jumpFrom: maybe(fc.constantFrom(...JUMPS)),
    paragraphs: fc.array(paragraph, { maxLength: 5 }),
  })
  .map((i) =>
    [i.kicker, i.title, i.subtitle, i.jumpFrom, ...i.paragraphs].filter((l): l is string => l !== undefined),
  );

/** Hard-wraps every line at `width` characters, as PDF extraction does. */
function wrap(lines: string[], width: number): string[] {
  return lines.flatMap((line) => {
    const chars = Array.from(line);
    const out: string[] = [];
    for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(""));
    return out.length > 0 ? out : [""];
  });
}

/** A page shaped like the real thing: an optional header line, then items as blocks, lines or wrapped. */
export const pageText = fc
  .record({
    header: maybe(fc.constantFrom(...HEADERS)),
    items: fc.array(item, { minLength: 1, maxLength: 6 }),
    lineBreak: fc.constantFrom("\n", "\r\n"),
    blockGap: fc.constantFrom("", "\n", "\n\n"),
    wrapAt: maybe(fc.integer({ min: 4, max: 30 })),
  })
  .map((p) => {
    const items = p.items.map((lines) => (p.wrapAt === undefined ? lines : wrap(lines, p.wrapAt)));
    const body = items.map((lines) => lines.join(p.lineBreak)).join(p.lineBreak + p.blockGap);
    return (p.header === undefined ? "" : p.header + p.lineBreak) + body;
  });

/** Pieces of every kind in any order: breaks, spaces and brackets where no real page has them. */
export const snippetSoup = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: word },
      { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION, ...SPACES, ...BREAKS) },
      { weight: 1, arbitrary: fc.constantFrom(...DATELINES, ...BYLINES, ...JUMPS, ...HEADERS, ...FURNITURE) },
      { weight: 1, arbitrary: fc.constantFrom("（", "）", "(", ")", "第", "版", "下转", "上接", "电", "讯") },
      { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(""));

/**
 * Any string, weighted to the code points page text is made of. (fast-check's own "binary" unit costs
 * ~1.5 s to set up; this one is free.) The full range includes controls and lone surrogates.
 */
export const anyText = fc.string({
  unit: fc
    .oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0x3000, max: 0x303f }),
      fc.integer({ min: 0x4e00, max: 0x9fff }),
      fc.integer({ min: 0xff00, max: 0xffef }),
      fc.integer({ min: 0, max: 0x10ffff }),
    )
    .map((cp) => String.fromCodePoint(cp)),
  maxLength: 120,
});

/** File names the metadata resolver sees: plain, well-formed, impossible dates, nested, non-ASCII, empty. */
export const fileName = fc.constantFrom(
  "page.txt",
  "lcrb-2025-04-24-p01.txt",
  "rmrb-2019-02-30-p99.txt",
  "dir/sub/rmrb-2020-01-01-p04.txt",
  "无名.txt",
  "",
);
