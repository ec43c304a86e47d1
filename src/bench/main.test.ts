// npm run bench's verdicts: the archive's targets against what the parts report (no timing here).
import { describe, expect, it } from "vitest";
import type { IngestReport } from "./ingest.js";
import { main, targetRows } from "./main.js";
import type { SearchReport } from "./search.js";

const MIB = 2 ** 20;
const INGEST: IngestReport = {
  articles: 1_000_000,
  pages: 125_000,
  seconds: 500,
  articlesPerSecond: 2_000,
  mergeSeconds: 60,
  rssByTenth: [800, 1000, 1000, 1000, 1000, 1050, 1050, 1000, 1000, 1000].map((m) => m * MIB),
  peakRss: 1100 * MIB,
  peakHeap: 100 * MIB,
  archiveBytes: 16_000 * MIB,
  pageBytes: 3_600_000_000,
  failed: 0,
};
const SEARCH: SearchReport = {
  documents: 1_000_000,
  databaseBytes: 16_000 * MIB,
  classes: [
    { kind: "2-char", queries: 200, p50: 9, p95: 15, p99: 19, bareCountP95: 12 },
    { kind: "multi-word", queries: 200, p50: 22, p95: 50.8, p99: 68, bareCountP95: 19 },
  ],
};

const verdicts = (rows: string[][]) => Object.fromEntries(rows.map((r) => [r[0], r[2]]));

describe("the archive's targets", () => {
  it("meets a target at its bound and misses it just past", () => {
    const v = verdicts(targetRows(INGEST, SEARCH));
    expect(v["ingest ≥ 2000 articles/s"]).toBe("met");
    expect(v["search p95 ≤ 50 ms, 2-char"]).toBe("met");
    expect(v["search p95 ≤ 50 ms, multi-word"]).toBe("NOT met");
    const slow = verdicts(targetRows({ ...INGEST, articlesPerSecond: 1_999 }, null));
    expect(slow["ingest ≥ 2000 articles/s"]).toBe("NOT met");
  });

  it("calls memory bounded when the second half of the ingest peaks at most 10 % above the first", () => {
    // First half peaks at 1,000 MiB, the second at 1,050: +5 %.
    expect(verdicts(targetRows(INGEST, null))["memory bounded during ingest"]).toBe("met");
    const growing = [800, 900, 1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700].map((m) => m * MIB);
    const rows = targetRows({ ...INGEST, rssByTenth: growing }, null);
    expect(verdicts(rows)["memory bounded during ingest"]).toBe("NOT met");
    expect(rows.find((r) => r[0] === "memory bounded during ingest")?.[1]).toContain("+41.7 %");
    expect(
      verdicts(targetRows({ ...INGEST, rssByTenth: [900 * MIB] }, null))["memory bounded during ingest"],
    ).toBe("–");
  });

  it("says how heavy the articles were, and reports nothing it was not given", () => {
    const rows = targetRows(INGEST, null);
    expect(rows.find((r) => r[0] === "articles")?.[1]).toContain("3600 bytes of page text an article");
    expect(targetRows(null, null)).toEqual([]);
  });
});

describe("npm run bench's options", () => {
  it("refuses what it cannot use before running anything", () => {
    expect(main(["--skip", "pdf"])).toBe(2);
    expect(main(["--articles", "0"])).toBe(2);
    expect(main(["--db", "package.json"])).toBe(2); // exists: the benchmark would overwrite it
    expect(main(["--dir", "src"])).toBe(2); // a folder that is no page tree of the benchmark's
  });
});
