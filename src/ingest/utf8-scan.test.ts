import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanUtf8 } from "./utf8-scan.js";

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

describe("scanUtf8", () => {
  it("finds nothing in valid UTF-8 and counts its multi-byte characters", () => {
    expect(scanUtf8(new TextEncoder().encode("第1版 é 𠀀\n"))).toEqual({
      invalid: [],
      invalidCount: 0,
      multibyteCount: 4,
      truncated: false,
    });
  });

  it("splits bad input into WHATWG maximal subparts, with file offsets and lines", () => {
    // line 1: "a" C3 28 (lead without continuation); CRLF; line 2: ED A0 80 (a surrogate, 3 singles)
    const scan = scanUtf8(bytes(0x61, 0xc3, 0x28, 0x0d, 0x0a, 0xed, 0xa0, 0x80), 3);
    expect(scan.invalid).toEqual([
      { line: 1, byteOffset: 4, bytes: [0xc3] },
      { line: 2, byteOffset: 8, bytes: [0xed] },
      { line: 2, byteOffset: 9, bytes: [0xa0] },
      { line: 2, byteOffset: 10, bytes: [0x80] },
    ]);
  });

  it("counts a lone CR as a line break, as normalising will", () => {
    expect(scanUtf8(bytes(0x0d, 0x0d, 0x0a, 0xff)).invalid[0]?.line).toBe(3);
  });

  it("reports a sequence cut off by the end of the file as truncated", () => {
    expect(scanUtf8(bytes(0x41, 0xe8, 0xa6))).toMatchObject({
      invalid: [{ line: 1, byteOffset: 1, bytes: [0xe8, 0xa6] }],
      truncated: true,
    });
  });

  it("keeps only the first `keep` sequences but counts them all", () => {
    const scan = scanUtf8(new Uint8Array(50).fill(0xff), 0, 3);
    expect(scan.invalid).toHaveLength(3);
    expect(scan.invalidCount).toBe(50);
  });

  it("finds exactly one sequence per U+FFFD that TextDecoder emits (random bytes)", () => {
    // 0xBD is left out so the input never holds a real, valid U+FFFD (EF BF BD).
    const byte = fc.integer({ min: 0, max: 255 }).filter((b) => b !== 0xbd);
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 64 }), (arr) => {
        const input = Uint8Array.from(arr);
        const replaced = (new TextDecoder().decode(input).match(/\uFFFD/g) ?? []).length;
        expect(scanUtf8(input, 0, 1000).invalidCount).toBe(replaced);
      }),
      { numRuns: 2000 },
    );
  });
});
