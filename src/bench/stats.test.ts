// The benchmark's arithmetic and table layout (no timing here: the benchmark only prints figures).
import { describe, expect, it } from "vitest";
import { percentile, summarize } from "./stats.js";
import { fixed, formatTable } from "./table.js";

describe("percentile and summarize", () => {
  it("nearest rank over sorted values", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(values, 50), percentile(values, 95), percentile(values, 99)]).toEqual([50, 95, 99]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("throughput from the summed durations", () => {
    const s = summarize([4, 1, 3, 2], 2e6);
    expect(s).toMatchObject({ pages: 4, totalMs: 10, pagesPerSecond: 400, mbPerSecond: 200, meanMs: 2.5 });
    expect([s.p50Ms, s.p99Ms, s.maxMs]).toEqual([2, 4, 4]);
  });
});

describe("formatTable", () => {
  it("left-aligns the first column and right-aligns figures", () => {
    expect(
      formatTable(
        ["layout", "pages/s"],
        [
          ["all", fixed(512.345, 0)],
          ["blocks", fixed(1234.5, 2)],
        ],
      ),
    ).toBe(["layout  pages/s", "------  -------", "all         512", "blocks     1235"].join("\n"));
  });
});
