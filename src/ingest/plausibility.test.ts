import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { scoreText } from "./plausibility.js";

const page = readFileSync(
  join(import.meta.dirname, "../../test/fixtures/lcrb-2025-04-24-p01/lcrb-2025-04-24-p01.txt"),
  "utf8",
);
/** The sample page's bytes in `from`, read back as `as`: what a wrong guess would produce. */
const misread = (from: string, as: string): string => iconv.decode(iconv.encode(page, from), as);

describe("scoreText", () => {
  it("scores the sample page (simplified, one traditional name 冯欽然) as all common", () => {
    expect(scoreText(page)).toMatchObject({ common: 1, bad: 0 });
  });

  it("scores traditional text as common too", () => {
    expect(scoreText("國家主席習近平在北京人民大會堂舉行會談。兩國關係歷久彌堅。").common).toBe(1);
  });

  it("scores wrong decodings of the sample page well below 0.9", () => {
    for (const [from, as] of [
      ["gbk", "big5"],
      ["gbk", "windows-1252"],
      ["utf8", "gb18030"],
      ["utf16le", "utf16be"],
    ]) {
      expect(scoreText(misread(from as string, as as string)).common, `${from} read as ${as}`).toBeLessThan(
        0.85,
      );
    }
  });

  it("counts U+FFFD and controls as bad, and ignores ASCII and whitespace", () => {
    expect(scoreText("abc 123\n\t　")).toEqual({ common: 1, bad: 0, counted: 0 });
    expect(scoreText("要闻\uFFFD\x01")).toEqual({ common: 0.5, bad: 0.5, counted: 4 });
  });
});
