import { describe, expect, it } from "vitest";
import { jsonErrorOffset, lineColumn } from "./json-error.js";
import { parsePageFile } from "./load.js";
import { readGoldPages, readPredPages } from "./validate.js";

const PAGE = { file: "p01.txt", articles: [{ kind: "article", title: "小河", paragraphs: ["正文。"] }] };

describe("parsePageFile", () => {
  it("reads one page, an array of pages, or one page per line, keeping each page's place", () => {
    const one = parsePageFile(`\uFEFF${JSON.stringify(PAGE)}`, "one.json");
    expect(one.ok && one.value.map((v) => v.place)).toEqual(["one.json"]);
    const many = parsePageFile(JSON.stringify([PAGE, PAGE]), "many.json");
    expect(many.ok && many.value.map((v) => v.place)).toEqual(["many.json[0]", "many.json[1]"]);
    const lines = parsePageFile(`${JSON.stringify(PAGE)}\n\n${JSON.stringify(PAGE)}\n`, "pages.jsonl");
    expect(lines.ok && lines.value.map((v) => v.place)).toEqual(["pages.jsonl:1", "pages.jsonl:3"]);
  });

  it("names the file, line and column of bad JSON", () => {
    const lines = parsePageFile(`${JSON.stringify(PAGE)}\n{"file": }\n`, "pages.jsonl");
    expect(lines.ok ? "" : lines.error).toMatch(/^pages\.jsonl:2:10: bad JSON: /u);
    // V8 gives no position for this one; the line still comes out right.
    const doc = parsePageFile('{\n  "file": "a",\n  "articles": [1,]\n}', "page.json");
    expect(doc.ok ? "" : doc.error).toMatch(/^page\.json:3:18: bad JSON: Unexpected token/u);
    const cut = parsePageFile('{\n  "file": "a",\n', "cut.json");
    expect(cut.ok ? "" : cut.error).toMatch(/^cut\.json:3:1: bad JSON: /u);
  });
});

describe("jsonErrorOffset", () => {
  it("points at the first character that cannot continue the JSON", () => {
    const cases: [string, number][] = [
      ["[1,]", 3],
      ['{"a":1,}', 7],
      ['{"a":tru}', 5],
      ['{"a":01}', 6],
      ['{"a":"x\ny"}', 7],
      ['{"a":"\\q"}', 6],
      ['{"a":1}}', 7],
    ];
    for (const [text, offset] of cases) expect([text, jsonErrorOffset(text)]).toEqual([text, offset]);
    const valid = '{"a": [true, null, -1.5e3, "\\u00e9"]}';
    expect(jsonErrorOffset(valid)).toBe(valid.length);
  });

  it("gives 1-based line and column", () => {
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});

describe("readGoldPages and readPredPages", () => {
  const located = (value: unknown) => [{ value, place: "x.json" }];

  it("leaves absent gold fields absent, so they go unscored", () => {
    const gold = readGoldPages(located(PAGE));
    expect(gold.ok && gold.value[0]?.articles[0]).toEqual({
      kind: "article",
      title: "小河",
      paragraphs: ["正文。"],
    });
    expect(gold.ok && gold.value[0]?.removed).toBeUndefined();
  });

  it("gives predictions the schema's empty values", () => {
    const pred = readPredPages(located(PAGE));
    const article = pred.ok ? pred.value[0]?.articles[0] : undefined;
    expect(article).toMatchObject({ authors: [], dateline: null, continuesOn: null, label: null });
    expect(pred.ok && pred.value[0]?.removed).toEqual([]);
  });

  it("fills dateline parts and toc fields the schema does not require", () => {
    const page = {
      file: "a",
      articles: [{ dateline: { source: "本报" }, paragraphs: [], toc: [{ title: "导读一" }] }],
      removed: [{ text: "重复", reason: "repeated" }],
    };
    const gold = readGoldPages(located(page));
    expect(gold.ok && gold.value[0]?.articles[0]).toEqual({
      dateline: { source: "本报", place: null, date: null },
      paragraphs: [],
      toc: [{ kicker: null, title: "导读一", page: null }],
    });
    // An unknown reason can never be a scored duplicate.
    expect(gold.ok && gold.value[0]?.removed).toEqual([{ text: "重复", reason: "other" }]);
  });

  it("says where a value has the wrong shape", () => {
    const bad = { file: "a", articles: [PAGE.articles[0], { title: 3, paragraphs: [] }] };
    expect(readPredPages(located(bad))).toEqual({
      ok: false,
      error: 'x.json: article 2: "title" must be a string or null',
    });
    expect(readGoldPages(located({ file: "a", articles: [{ title: "无正文" }] }))).toEqual({
      ok: false,
      error: 'x.json: article 1: "paragraphs" is missing',
    });
    expect(readGoldPages(located([]))).toEqual({ ok: false, error: "x.json: a page must be a JSON object" });
    expect(readGoldPages(located({ articles: [] }))).toEqual({
      ok: false,
      error: 'x.json: "file" must be a string',
    });
  });
});
