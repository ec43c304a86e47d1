import { describe, expect, it } from "vitest";
import { countNuls, findBom, findMagic, utf16FromNuls } from "./sniff.js";

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("findMagic", () => {
  it("recognises a PDF and a DOCX (a ZIP) by their first bytes", () => {
    expect(findMagic(text("%PDF-1.4\n"))?.name).toBe("PDF");
    expect(findMagic(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00))?.name).toBe("ZIP");
  });

  it("ignores magic that is not at the start, and text that merely begins alike", () => {
    expect(findMagic(text("见附件 %PDF-1.4"))).toBeNull();
    expect(findMagic(text("PK 聊城日报"))).toBeNull();
    expect(findMagic(text("%PD"))).toBeNull();
  });
});

describe("findBom", () => {
  it("tells UTF-32LE (FF FE 00 00) from UTF-16LE (FF FE)", () => {
    expect(findBom(bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0))?.encoding).toBe("UTF-32LE");
    expect(findBom(bytes(0xff, 0xfe, 0x41, 0x00))?.encoding).toBe("UTF-16LE");
    expect(findBom(bytes(0xfe, 0xff, 0x00, 0x41))?.encoding).toBe("UTF-16BE");
    expect(findBom(bytes(0xef, 0xbb, 0xbf, 0x41))?.encoding).toBe("UTF-8");
    expect(findBom(bytes(0xef, 0xbb))).toBeNull();
  });
});

describe("utf16FromNuls", () => {
  it("reads NULs at odd offsets as little-endian, at even offsets as big-endian", () => {
    expect(utf16FromNuls(countNuls(bytes(0x31, 0x00, 0x2c, 0x7b, 0x0a, 0x00)))).toBe("UTF-16LE");
    expect(utf16FromNuls(countNuls(bytes(0x00, 0x31, 0x7b, 0x2c, 0x00, 0x0a)))).toBe("UTF-16BE");
  });

  it("proposes nothing for scattered NULs or none at all", () => {
    expect(utf16FromNuls(countNuls(bytes(0x00, 0x00, 0x01, 0x00, 0x00, 0x07)))).toBeNull();
    expect(utf16FromNuls(countNuls(text("聊城日报")))).toBeNull();
  });
});
