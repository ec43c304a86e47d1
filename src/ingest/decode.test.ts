import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { type DecodeResult, decodeInput } from "./decode.js";

// The committed sample page: 85 lines of real 聊城日报 text, almost all hanzi.
const page = readFileSync(
  join(import.meta.dirname, "../../test/fixtures/lcrb-2025-04-24-p01/lcrb-2025-04-24-p01.txt"),
  "utf8",
);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => [...p]));

/** Asserts success and narrows, so each test reads as the expectation it checks. */
function ok(result: DecodeResult): Extract<DecodeResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result;
}
function error(result: DecodeResult): string {
  if (result.ok) throw new Error(`expected an error, decoded as ${result.encoding}`);
  return result.error;
}

const TRADITIONAL =
  "新華社北京4月23日電（記者 董雪 馮欽然）4月23日上午，國家主席習近平在北京人民大會堂同來華進行國事訪問的" +
  "阿塞拜疆總統阿利耶夫舉行會談。兩國元首宣布，建立中阿全面戰略夥伴關係。\n";

describe("decodeInput: UTF-8 and BOMs", () => {
  it("decodes the sample page unchanged, with no messages", () => {
    const r = ok(decodeInput(utf8(page), "p01.txt"));
    expect(r).toEqual({ ok: true, text: page, encoding: "UTF-8", messages: [] });
  });

  it("strips a UTF-8 BOM but keeps a U+FEFF that is content", () => {
    const r = ok(decodeInput(concat([0xef, 0xbb, 0xbf], utf8("\uFEFF聊城日报\n")), "bom.txt"));
    expect(r.encoding).toBe("UTF-8");
    expect(r.text).toBe("\uFEFF聊城日报\n");
  });

  it.each(["utf16le", "utf16be"] as const)("decodes %s with a BOM", (enc) => {
    const bytes = iconv.encode(page, enc, { addBOM: true });
    const r = ok(decodeInput(bytes, "p01.txt"));
    expect(r.encoding).toBe(enc === "utf16le" ? "UTF-16LE" : "UTF-16BE");
    expect(r.text).toBe(page);
    expect(r.messages).toEqual([]);
  });

  it("decodes UTF-32LE with a BOM (not mistaken for UTF-16LE)", () => {
    const r = ok(decodeInput(iconv.encode("第1版 要闻\n", "utf32le", { addBOM: true }), "p.txt"));
    expect(r).toMatchObject({ encoding: "UTF-32LE", text: "第1版 要闻\n" });
  });
});

describe("decodeInput: line endings", () => {
  it("turns CRLF and lone CR into LF and changes nothing else", () => {
    const r = ok(decodeInput(utf8("标题\r\n正文，\t全角　空格\r旧Mac\n\n结尾\r\n"), "crlf.txt"));
    expect(r.text).toBe("标题\n正文，\t全角　空格\n旧Mac\n\n结尾\n");
  });

  it("keeps form feeds (pdftotext page breaks)", () => {
    expect(ok(decodeInput(utf8("第一页\f第二页\n"), "ff.txt")).text).toBe("第一页\f第二页\n");
  });
});

describe("decodeInput: Chinese without a BOM", () => {
  it("detects the sample page in GBK as GB18030 and says so", () => {
    const r = ok(decodeInput(iconv.encode(page, "gbk"), "gbk.txt"));
    expect(r.encoding).toBe("GB18030");
    expect(r.text).toBe(page);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ level: "info", rule: "decode/encoding" });
    expect(r.messages[0]?.message).toMatch(/^no BOM and not UTF-8; decoded as GB18030/);
  });

  it("detects a one-line GBK header and a four-character GBK name", () => {
    for (const text of ["聊城日报 2025年4月24日 星期四 第1版 要闻\n", "聊城日报"]) {
      const r = ok(decodeInput(iconv.encode(text, "gbk"), "short.txt"));
      expect(r).toMatchObject({ encoding: "GB18030", text });
    }
  });

  it("decodes GB18030 four-byte characters (𠀀, €)", () => {
    const text = "人名用字𠀀，价格€5。\n";
    expect(ok(decodeInput(iconv.encode(text, "gb18030"), "gb.txt")).text).toBe(text);
  });

  it.each([
    ["utf16le", "UTF-16LE"],
    ["utf16be", "UTF-16BE"],
  ] as const)("detects %s without a BOM from its NUL bytes", (enc, name) => {
    const r = ok(decodeInput(iconv.encode(page, enc), "u16.txt"));
    expect(r).toMatchObject({ encoding: name, text: page });
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ level: "info", rule: "decode/encoding" });
    expect(r.messages[0]?.message).toMatch(
      new RegExp(`^no BOM, but NUL bytes in alternate positions; decoded as ${name}`),
    );
  });

  it("detects UTF-16 with no ASCII at all (so no NUL bytes) by scoring", () => {
    const text = "习近平同阿塞拜疆总统阿利耶夫会谈。两国元首宣布，建立中阿全面战略伙伴关系。";
    for (const [enc, name] of [
      ["utf16le", "UTF-16LE"],
      ["utf16be", "UTF-16BE"],
    ] as const) {
      expect(ok(decodeInput(iconv.encode(text, enc), "u16.txt"))).toMatchObject({ encoding: name, text });
    }
  });

  it("decodes ASCII-only UTF-16LE without a BOM", () => {
    expect(ok(decodeInput(iconv.encode("Page 1\nHello\n", "utf16le"), "a.txt"))).toMatchObject({
      encoding: "UTF-16LE",
      text: "Page 1\nHello\n",
    });
  });
});

describe("decodeInput: broken bytes are reported, never silent", () => {
  /** The sample page with the bytes at `offsets` replaced by 0xFF (never valid UTF-8). */
  function corrupt(offsets: number[]): Uint8Array {
    const bytes = utf8(page);
    for (const o of offsets) bytes[o] = 0xff;
    return bytes;
  }

  it("keeps mostly-UTF-8 input, one warning per invalid sequence with offset and line", () => {
    const at = utf8(page.split("\n").slice(0, 4).join("\n")).length + 1; // first byte of line 5, 习 (E4 B9 A0)
    const r = ok(decodeInput(corrupt([at]), "bad.txt"));
    expect(r.encoding).toBe("UTF-8");
    // As TextDecoder does (WHATWG): FF is one bad sequence, each orphaned continuation byte another.
    expect(r.text.startsWith("\n\n\n\n\uFFFD\uFFFD\uFFFD近平")).toBe(true);
    expect(r.text.length).toBe(page.length + 2);
    expect(r.messages).toEqual(
      ["0xFF", "0xB9", "0xA0"].map((b, i) => ({
        level: "warning",
        rule: "decode/invalid-byte",
        message: `invalid UTF-8 ${b} at byte offset ${at + i}, replaced with U+FFFD`,
        line: 5,
      })),
    );
  });

  it("reports a sequence cut short mid-text as one, with all its bytes", () => {
    const mid = concat(utf8(page.slice(0, 2000)), [0xe4, 0xb9], utf8(page.slice(2000)));
    const m = ok(decodeInput(mid, "mid.txt")).messages;
    expect(m).toHaveLength(1);
    expect(m[0]?.message).toBe(
      `invalid UTF-8 0xE4 0xB9 at byte offset ${utf8(page.slice(0, 2000)).length}, replaced with U+FFFD`,
    );
  });

  it("caps the warnings at 20 and sums up the rest", () => {
    // A 0xFF every 1000 bytes of otherwise valid Chinese: 150 hits, 1–3 bad sequences each.
    const bytes = utf8(page.repeat(6));
    for (let o = 500; o < bytes.length; o += 1000) bytes[o] = 0xff;
    const r = ok(decodeInput(bytes, "many.txt"));
    const total = (new TextDecoder().decode(bytes).match(/\uFFFD/g) ?? []).length;
    expect(total).toBeGreaterThan(150);
    const invalid = r.messages.filter((m) => m.rule === "decode/invalid-byte");
    expect(invalid).toHaveLength(21);
    expect(invalid[20]).toEqual({
      level: "warning",
      rule: "decode/invalid-byte",
      message: `… and ${total - 20} more invalid UTF-8 sequences (${total} in all), each replaced with U+FFFD`,
    });
  });

  it("gives byte offsets in the file, BOM included", () => {
    const r = ok(
      decodeInput(concat([0xef, 0xbb, 0xbf], utf8("要闻要闻要闻\n"), [0xc0], utf8("第1版\n")), "b.txt"),
    );
    expect(r.text).toBe("要闻要闻要闻\n\uFFFD第1版\n");
    expect(r.messages).toEqual([
      {
        level: "warning",
        rule: "decode/invalid-byte",
        message: "invalid UTF-8 0xC0 at byte offset 22, replaced with U+FFFD",
        line: 2,
      },
    ]);
  });

  it("reports a truncated final character", () => {
    const bytes = utf8("第1版\n要闻");
    const r = ok(decodeInput(bytes.subarray(0, bytes.length - 1), "cut.txt"));
    expect(r.text).toBe("第1版\n要\uFFFD");
    expect(r.messages[0]).toMatchObject({ rule: "decode/invalid-byte", line: 2 });
  });

  it("reports invalid bytes inside GB18030 by line", () => {
    const lines = page.split("\n");
    const before = `${lines.slice(0, 6).join("\n")}\n`;
    const after = lines.slice(6).join("\n");
    const gbk = concat(iconv.encode(before, "gbk"), [0xff], iconv.encode(after, "gbk"));
    const r = ok(decodeInput(gbk, "gbk.txt"));
    expect(r.encoding).toBe("GB18030");
    expect(r.text).toBe(`${before}\uFFFD${after}`);
    expect(r.messages.filter((m) => m.rule === "decode/invalid-byte")).toEqual([
      {
        level: "warning",
        rule: "decode/invalid-byte",
        message: "invalid GB18030, replaced with U+FFFD",
        line: 7,
      },
    ]);
  });

  it("reports an unpaired surrogate and an odd trailing byte in UTF-16 by byte offset", () => {
    const bytes = concat([0xff, 0xfe], iconv.encode("甲\n", "utf16le"), [0x00, 0xd8], [0x41, 0x00, 0x42]);
    const r = ok(decodeInput(bytes, "u16.txt"));
    expect(r.text).toBe("甲\n\uFFFDA\uFFFD");
    expect(r.messages).toEqual([
      {
        level: "warning",
        rule: "decode/invalid-byte",
        message: "invalid UTF-16LE 0x00 0xD8 at byte offset 6, replaced with U+FFFD",
        line: 2,
      },
      {
        level: "warning",
        rule: "decode/invalid-byte",
        message: "invalid UTF-16LE 0x42 at byte offset 10, replaced with U+FFFD",
        line: 2,
      },
    ]);
  });

  it("does not report a U+FFFD that the file really contains", () => {
    expect(ok(decodeInput(utf8("看不清的字：\uFFFD\n"), "r.txt")).messages).toEqual([]);
    const u16 = iconv.encode("看不清的字：\uFFFD\n", "utf16le", { addBOM: true });
    expect(ok(decodeInput(u16, "r.txt")).messages).toEqual([]);
  });

  it("keeps a stray control character but warns about it", () => {
    const r = ok(decodeInput(utf8("第一行\n第二行\x1a\n"), "dos.txt"));
    expect(r.text).toBe("第一行\n第二行\x1a\n");
    expect(r.messages).toEqual([
      {
        level: "warning",
        rule: "decode/control-char",
        message: "1 control character(s) kept in the text, the first U+001A",
        line: 2,
      },
    ]);
  });
});

describe("decodeInput: other encodings, only on chardet's word and with a warning", () => {
  it("decodes Big5 traditional text as Big5, not as GB18030 mojibake", () => {
    const r = ok(decodeInput(iconv.encode(TRADITIONAL.repeat(3), "big5"), "big5.txt"));
    expect(r).toMatchObject({ encoding: "Big5", text: TRADITIONAL.repeat(3) });
    expect(r.messages[0]).toMatchObject({ level: "warning", rule: "decode/guessed-encoding" });
  });

  it("decodes Latin-1 French as a single-byte encoding, with a warning", () => {
    const text = "Le Quotidien du peuple a publié un éditorial. Naïve façade, crème brûlée.\n".repeat(5);
    const r = ok(decodeInput(iconv.encode(text, "latin1"), "fr.txt"));
    expect(r.encoding).toMatch(/^(ISO-8859-1|windows-1252)$/);
    expect(r.text).toBe(text);
    expect(r.messages[0]).toMatchObject({ level: "warning", rule: "decode/guessed-encoding" });
  });
});

describe("decodeInput: refusals name the file and the reason", () => {
  it("refuses an empty file", () => {
    expect(error(decodeInput(new Uint8Array(0), "in/empty.txt"))).toBe("in/empty.txt: empty file (0 bytes)");
  });

  it("refuses whitespace only, ideographic spaces and a lone BOM included", () => {
    expect(error(decodeInput(utf8(" \n\t\r\n　\n"), "blank.txt"))).toBe(
      "blank.txt: contains only whitespace (9 bytes)",
    );
    expect(error(decodeInput(Uint8Array.from([0xef, 0xbb, 0xbf]), "bom.txt"))).toBe(
      "bom.txt: contains only whitespace (3 bytes)",
    );
  });

  it("refuses a PDF with a pointer to what to do instead", () => {
    expect(error(decodeInput(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "lcrb-2025-04-24-p01.pdf"))).toMatch(
      /^lcrb-2025-04-24-p01\.pdf: this is a PDF; PDF input is not supported yet/,
    );
  });

  it.each([
    ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], /PNG image/],
    ["ZIP", [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0], /ZIP archive/],
    ["GZIP", [0x1f, 0x8b, 8, 0, 0, 0, 0, 0], /gzip-compressed/],
    ["JPEG", [0xff, 0xd8, 0xff, 0xe0, 0, 16], /JPEG image/],
  ])("refuses %s by its magic number", (_name, bytes, reason) => {
    expect(error(decodeInput(Uint8Array.from(bytes), "x.bin"))).toMatch(reason);
  });

  it("refuses random bytes as binary", () => {
    let seed = 42;
    const random = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >> 23;
    });
    expect(error(decodeInput(random, "noise.bin"))).toMatch(/^noise\.bin: binary data \(\d+ NUL bytes/);
  });

  it("refuses random bytes without NULs as binary by their control bytes", () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return 1 + ((seed >> 16) % 255);
    });
    expect(error(decodeInput(random, "noise.bin"))).toMatch(/^noise\.bin: binary data \(\d+ control bytes/);
  });

  it("refuses valid UTF-8 with NUL bytes that UTF-16 does not explain", () => {
    const bytes = concat(utf8("聊城日报\n"), [0, 0, 0, 0x41, 0, 0x42, 0, 0]);
    expect(error(decodeInput(bytes, "nul.txt"))).toBe(
      "nul.txt: binary data: NUL character at line 2 (as UTF-8); text has none",
    );
  });

  it("refuses text that is mostly control characters", () => {
    expect(error(decodeInput(utf8("a\x01b\x02c\x03d\x04\n".repeat(20)), "ctl.txt"))).toMatch(
      /^ctl\.txt: binary data: 80 control characters in 180$/,
    );
  });

  it("refuses a half-UTF-8, half-garbage file instead of guessing", () => {
    const half = concat(
      utf8(page.slice(0, 300)),
      Array.from({ length: 600 }, (_, i) => 0x80 + (i % 0x40)),
    );
    expect(error(decodeInput(half, "mixed.txt"))).toMatch(
      /^mixed\.txt: unknown encoding: not UTF-8 \(\d+ invalid/,
    );
  });
});

describe("decodeInput: size", () => {
  // Sizes only: speed is measured by `npm run bench`, never asserted in tests.
  it("decodes 50 MB of UTF-8 whole", () => {
    const unit = utf8(page.replace(/\n/g, "\r\n"));
    const big = new Uint8Array(50 * 1024 * 1024);
    for (let o = 0; o < big.length; o += unit.length) big.set(unit.subarray(0, big.length - o), o);
    // The cut may split the last character: one reported U+FFFD at most, decoded as UTF-8 still.
    const r = ok(decodeInput(big, "big.txt"));
    expect(r.encoding).toBe("UTF-8");
    expect(r.text.includes("\r")).toBe(false);
  });

  it("decodes 10 MB of GBK whole", () => {
    const unit = iconv.encode(page, "gbk");
    const big = Buffer.concat(
      Array.from({ length: Math.ceil((10 * 1024 * 1024) / unit.length) }, () => unit),
    );
    const r = ok(decodeInput(big, "big-gbk.txt"));
    expect(r.encoding).toBe("GB18030");
    expect(r.text.length).toBe(page.length * (big.length / unit.length));
  });
});
