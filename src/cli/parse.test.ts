// `banmian parse` as a new user meets it: bad files, odd encodings, huge and hostile pages, bad flags.
// In-process through memoryIo; input files live in a temp folder. Asserts on output, never on time.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleTexts } from "../check/conservation.js";
import { minimalPdf } from "../ingest/pdf/minimal-pdf.test-support.js";
import type { Page } from "../model/index.js";
import { memoryIo } from "./io.js";
import { parseCommand } from "./parse.js";

// The bundled sample page (聊城日报 2025-04-24 p1), read at run time.
const SAMPLE = readFileSync(
  join(import.meta.dirname, "..", "..", "examples", "lcrb", "2025-04-24", "p01.txt"),
  "utf8",
);
const SAMPLE_FILE = "lcrb-2025-04-24-p01.txt";

let dir: string;
const put = (name: string, content: string | Uint8Array): string => {
  writeFileSync(join(dir, name), content);
  return name;
};

async function run(...argv: string[]) {
  const io = memoryIo(dir);
  const code = await parseCommand(argv, io);
  return { code, out: io.out, err: io.err };
}

/** Runs one file as JSON and returns the page, failing with stderr when the command did not succeed. */
async function parseOne(file: string, ...flags: string[]): Promise<Page> {
  const r = await run(file, ...flags);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Page;
}

const errors = (page: Page) => page.messages.filter((m) => m.level === "error");
/** Articles without ids and messages: what must not depend on the input's encoding. */
const content = (page: Page) => JSON.stringify({ articles: page.articles, removed: page.removed });

/** Deterministic bytes: a linear congruential generator, so a failure reproduces. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = s >>> 23;
  }
  return bytes;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "banmian-parse-"));
  put(SAMPLE_FILE, SAMPLE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("banmian parse: files that are not pages", () => {
  it.each([
    ["empty.txt", "", "empty.txt: empty file (0 bytes)"],
    ["blank.txt", " \n\t\n\u3000\u3000\n\n", "blank.txt: contains only whitespace (12 bytes)"],
    ["noise.bin", randomBytes(4096, 7), "noise.bin: binary data ("],
    [
      "image.png",
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      "image.png: this is a PNG image, not text",
    ],
    [
      "scan.pdf",
      "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n",
      "scan.pdf: not a readable PDF (Invalid PDF structure): the file may be truncated or corrupt",
    ],
  ])("%s: one line naming the file and the problem, nothing on stdout, exit 1", async (name, bytes, says) => {
    const r = await run(put(name, bytes));
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.err).toContain(`banmian parse: ${says}`);
  });

  it("a missing file and a directory are named, exit 1", async () => {
    mkdirSync(join(dir, "folder"), { recursive: true });
    const missing = await run("no-such-page.txt");
    expect([missing.code, missing.out, missing.err]).toEqual([
      1,
      "",
      "banmian parse: no-such-page.txt: no such file\n",
    ]);
    const folder = await run("folder");
    expect([folder.code, folder.out, folder.err]).toEqual([
      1,
      "",
      "banmian parse: folder: is a directory, not a page file\n",
    ]);
  });
});

describe("banmian parse: encodings, detected without a flag", () => {
  it("a GBK page parses to the same articles as the UTF-8 one, and says how it was decoded", async () => {
    const utf8 = await parseOne(SAMPLE_FILE);
    const gbk = await parseOne(put("gbk-lcrb-2025-04-24-p01.txt", iconv.encode(SAMPLE, "gbk")));
    expect(content(gbk)).toBe(content(utf8));
    expect(gbk.messages[0]).toMatchObject({ level: "info", rule: "decode/encoding" });
    expect(gbk.messages[0]?.message).toContain("decoded as GB18030");
  });

  it("UTF-16LE with a BOM parses to the same articles as UTF-8", async () => {
    const utf8 = await parseOne(SAMPLE_FILE);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, "utf16le")]);
    const utf16 = await parseOne(put("utf16.txt", bytes));
    expect(content(utf16)).toBe(content(utf8));
    expect(errors(utf16)).toEqual([]);
  });

  it("a few invalid UTF-8 bytes: the page is still produced, with a warning naming each byte offset", async () => {
    const bytes = Buffer.from(SAMPLE, "utf8");
    // Stray 0xFF bytes before two line breaks, so no character around them is cut.
    const first = bytes.indexOf(0x0a, 500);
    const second = bytes.indexOf(0x0a, 3000);
    const broken = Buffer.concat([
      bytes.subarray(0, first),
      Buffer.from([0xff]),
      bytes.subarray(first, second),
      Buffer.from([0xff]),
      bytes.subarray(second),
    ]);
    const page = await parseOne(put("damaged.txt", broken));
    const warnings = page.messages.filter((m) => m.rule === "decode/invalid-byte");
    expect(warnings.map((m) => [m.level, m.message])).toEqual([
      ["warning", `invalid UTF-8 0xFF at byte offset ${first}, replaced with U+FFFD`],
      ["warning", `invalid UTF-8 0xFF at byte offset ${second + 1}, replaced with U+FFFD`],
    ]);
    expect(page.articles.length).toBeGreaterThan(3);
    expect(errors(page)).toEqual([]);
  });
});

describe("banmian parse: hostile and huge pages", () => {
  const HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(document.cookie)",
  ];

  it("markup and script URLs stay inert text, exactly as given, and nothing is lost", async () => {
    const text = `网页安全提示\n\n本报讯 有读者在留言中贴出了${HOSTILE[0]}和${HOSTILE[1]}，还有${HOSTILE[2]}这样的链接。\n`;
    const page = await parseOne(put("hostile.txt", text));
    const printed = page.articles.flatMap(articleTexts).join("\n");
    for (const h of HOSTILE) expect(printed).toContain(h);
    expect(errors(page)).toEqual([]);
    // The outline clips paragraphs at 60 characters, but what it shows is the text as given.
    const outline = await run("hostile.txt", "--format", "text");
    expect(outline.out).toContain(`│ 有读者在留言中贴出了${HOSTILE[0]}和<img src=x`);
  });

  it("a 50 MB page parses without crashing", async () => {
    const copies = Math.ceil(50e6 / Buffer.byteLength(SAMPLE));
    put("huge.txt", Array.from({ length: copies }, () => SAMPLE).join("\n"));
    const r = await run("huge.txt", "--format", "jsonl");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out.endsWith("}\n")).toBe(true);
    expect(r.out.indexOf("\n")).toBe(r.out.length - 1); // one page, one line
    const page = JSON.parse(r.out) as Page;
    expect(page.file).toBe("huge.txt");
    // Every copy's headline comes back as an article, and every character is accounted for.
    expect(page.articles.filter((a) => a.title === "习近平同阿塞拜疆总统阿利耶夫会谈")).toHaveLength(copies);
    expect(errors(page)).toEqual([]);
  });
});

describe("banmian parse: several files", () => {
  it("one bad file: the others are still printed, one stderr line names it, exit 1", async () => {
    put("second.txt", SAMPLE);
    const r = await run(SAMPLE_FILE, "missing.txt", "second.txt", "--format", "jsonl");
    expect(r.code).toBe(1);
    expect(r.err).toBe("banmian parse: missing.txt: no such file\n");
    const pages = r.out
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Page);
    expect(pages.map((p) => p.file)).toEqual([SAMPLE_FILE, "second.txt"]);

    const json = await run(SAMPLE_FILE, "missing.txt", "second.txt");
    expect(json.code).toBe(1);
    expect((JSON.parse(json.out) as Page[]).map((p) => p.file)).toEqual([SAMPLE_FILE, "second.txt"]);
  });

  it("--format jsonl: one JSON object a line, each with `file` exactly as given", async () => {
    mkdirSync(join(dir, "sub"), { recursive: true });
    put(join("sub", "p.txt"), SAMPLE);
    const given = [`./${SAMPLE_FILE}`, "sub/p.txt", join(dir, "second.txt")];
    const r = await run(...given, "--format", "jsonl");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => (JSON.parse(line) as Page).file)).toEqual(given);
  });

  it("--format text: the outline, with metadata from the file name", async () => {
    const r = await run(SAMPLE_FILE, "--format", "text");
    expect(r.code).toBe(0);
    expect(r.out.split("\n").slice(0, 4)).toEqual([
      `聊城日报 · 2025-04-24 · 第1版  (${SAMPLE_FILE})`,
      "7 items · 1 duplicate fragment removed",
      "",
      "a01    习近平同阿塞拜疆总统阿利耶夫会谈",
    ]);
  });
});

describe("banmian parse: bad usage exits 2 with a message", () => {
  it.each([
    [["--format", "xml", SAMPLE_FILE], "--format must be one of json, jsonl, text, not 'xml'"],
    [["--page", "abc", SAMPLE_FILE], "--page must be a positive whole number, not 'abc'"],
    [["--page", "0x10", SAMPLE_FILE], "--page must be a positive whole number, not '0x10'"],
    [["--date", "2025-13-45", SAMPLE_FILE], "--date must be a calendar date as YYYY-MM-DD, not '2025-13-45'"],
    [
      ["--layout", "columns", SAMPLE_FILE],
      "--layout must be one of blocks, indented, wrapped, not 'columns'",
    ],
    [["--max-bytes", "lots", SAMPLE_FILE], "--max-bytes must be a positive number"],
    [["--colour", SAMPLE_FILE], "Unknown option '--colour'"],
    [[], "no input files"],
  ])("%j", async (argv, says) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(`banmian parse: ${says}`);
    expect(r.err).toContain("banmian parse --help for usage");
  });

  it("--max-bytes refuses a bigger file by name", async () => {
    const r = await run(SAMPLE_FILE, "--max-bytes", "1000");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^banmian parse: lcrb-2025-04-24-p01\.txt: \d+ bytes is more than the limit of 1000/,
    );
  });
});

describe("banmian parse: PDF files", () => {
  const line = (text: string, y: number, size = 12) => ({ text, x: 72, y, size });
  const report = (n: number) => ({
    lines: [line(`REPORT NUMBER ${n}`, 760, 24), line(`The body of report ${n}, one line of prose.`, 720)],
  });

  it("a one-page PDF prints one page object, metadata from the file name, with zones", async () => {
    const page = await parseOne(put("rmrb-2019-02-01-p03.pdf", minimalPdf([report(1)])));
    expect([page.file, page.paper, page.date, page.page]).toEqual([
      "rmrb-2019-02-01-p03.pdf",
      "人民日报",
      "2019-02-01",
      3,
    ]);
    expect(page.articles[0]?.title).toBe("REPORT NUMBER 1");
    expect(page.articles[0]?.zones?.[0]?.page).toBe(1);
    expect(errors(page)).toEqual([]);
  });

  it("a three-page PDF prints one page object per PDF page, numbered on from --page", async () => {
    const r = await run(put("issue.pdf", minimalPdf([report(1), report(2), report(3)])), "--page", "5");
    expect([r.code, r.err]).toEqual([0, ""]);
    const pages = JSON.parse(r.out) as Page[];
    expect(pages.map((p) => [p.page, p.articles[0]?.title])).toEqual([
      [5, "REPORT NUMBER 1"],
      [6, "REPORT NUMBER 2"],
      [7, "REPORT NUMBER 3"],
    ]);
  });

  it("a PDF is found by its bytes whatever its name; text files still parse beside it (jsonl)", async () => {
    const r = await run(put("scan-0001.bin", minimalPdf([report(1)])), SAMPLE_FILE, "--format", "jsonl");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(
      r.out
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as Page).file),
    ).toEqual(["scan-0001.bin", SAMPLE_FILE]);
  });

  it.each([
    [
      "encrypted.pdf",
      minimalPdf([report(1)], { encrypted: true }),
      "encrypted.pdf: the PDF is encrypted and needs a password",
    ],
    [
      "image-only.pdf",
      minimalPdf([{ box: [50, 50, 300, 300] }]),
      "image-only.pdf: no text found on page 1; an image-only (scanned) PDF needs OCR first",
    ],
    ["truncated.pdf", minimalPdf([report(1)]).slice(0, 300), "truncated.pdf: not a readable PDF"],
  ])("%s: one stderr line naming the file and the problem, exit 1", async (name, bytes, says) => {
    const r = await run(put(name, bytes));
    expect([r.code, r.out]).toEqual([1, ""]);
    expect(r.err.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.err).toContain(`banmian parse: ${says}`);
  });
});
