import { describe, expect, it } from "vitest";
import { damage } from "./noise.js";
import { mulberry32 } from "./random.js";
import type { Run } from "./runs.js";

// Made-up text.
const LONG = "老街改造后，青石板路重新铺好，沿街的老字号也陆续回来了。".repeat(4);
const SHORT = "村里的桥修好了。";

function items(): Run[][] {
  return [
    [
      { kind: "headline", text: "老街焕新颜" },
      { kind: "text", text: LONG, indent: true },
      { kind: "text", text: SHORT, indent: true },
      { kind: "text", text: LONG, indent: true, suffix: "（下转第2版）" },
    ],
    [
      { kind: "headline", text: "新桥通车" },
      { kind: "jump", text: "（上接第1版）" },
      { kind: "text", text: LONG, indent: false },
      { kind: "text", text: LONG, indent: true },
    ],
  ];
}

describe("damage", () => {
  it("damages about half the pages, at most three times, and only plain body text", () => {
    let damaged = 0;
    for (let seed = 0; seed < 200; seed++) {
      const before = items();
      const after = damage(before, mulberry32(seed));
      const added = after.flat().length - before.flat().length;
      expect(added).toBeLessThanOrEqual(3);
      if (added > 0) damaged++;
      // Headlines, jumps and texts carrying a jump line are untouched.
      const untouchable = (r: Run): boolean =>
        r.kind === "headline" ||
        r.kind === "jump" ||
        (r.kind === "text" && (r.suffix !== undefined || r.text === SHORT));
      expect(after.flat().filter(untouchable)).toEqual(before.flat().filter(untouchable));
    }
    expect(damaged).toBeGreaterThan(70);
    expect(damaged).toBeLessThan(130);
  });

  it("repeats a paragraph's tail, or splits it without losing a character", () => {
    let duplicates = 0;
    let splits = 0;
    for (let seed = 0; seed < 100; seed++) {
      const after = damage(items(), mulberry32(seed)).flat();
      after.forEach((run, i) => {
        const previous = after[i - 1];
        if (run.kind === "duplicate") {
          duplicates++;
          expect(previous?.kind).toBe("text");
          expect(previous?.text.endsWith(run.text)).toBe(true);
          expect(run.text.length).toBeGreaterThanOrEqual(15);
          expect(run.text.length).toBeLessThanOrEqual(Math.ceil(LONG.length * 0.6));
        }
        if (run.kind === "text" && run.split === true) {
          splits++;
          expect(run.indent).toBe(false);
          expect(`${previous?.text}${run.text}`).toBe(LONG);
        }
      });
    }
    expect(duplicates).toBeGreaterThan(10);
    expect(splits).toBeGreaterThan(10);
  });
});
