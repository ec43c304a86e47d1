// `banmian stats`: the counts and sizes of an archive, as text and JSON, and the error without one.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JUMPED, run, SAMPLE, tempDir } from "./archive.test-support.js";
import { ingestCommand } from "./ingest.js";
import { statsCommand } from "./stats.js";

const tmp = tempDir("banmian-stats-");
const db = join(tmp.dir, "data", "banmian.db");

beforeAll(async () => {
  for (const [name, text] of Object.entries(JUMPED)) tmp.put(join("pages", name), text);
  tmp.put("pages/lcrb/2025-04-24/p01.txt", SAMPLE);
  // No --db: the default, ./data/banmian.db.
  const ingested = await run(ingestCommand, ["pages"], { cwd: tmp.dir });
  if (ingested.code !== 0) throw new Error(ingested.err);
});
afterAll(() => tmp.remove());

describe("banmian stats", () => {
  it("counts papers, issues, pages, articles, links and notes, and gives sizes", async () => {
    const { code, out } = await run(statsCommand, [], { cwd: tmp.dir });
    expect(code).toBe(0);
    expect(out).toContain(`archive       ${db}`);
    expect(out).toMatch(/^issues {8}2$/mu);
    expect(out).toMatch(/^pages {9}3 \(3 versions\)$/mu);
    expect(out).toMatch(/^links {9}1 jump, \d+ contents$/mu);
    expect(out).toMatch(/^link notes:\n {2}link\/jump-target-missing +2$/mu);
    expect(out).toMatch(/^search index {2}[\d.]+ KB$/mu);
    expect(out).toMatch(/^page images {3}0 \(0\.0 KB\)$/mu);
  });

  it("writes JSON", async () => {
    const { code, out } = await run(statsCommand, ["--format", "json", "--db", db], { cwd: "/" });
    expect(code).toBe(0);
    const stats = JSON.parse(out);
    expect(stats).toMatchObject({ db, issues: 2, pages: 3, versions: 3, links: { jump: 1 } });
    expect(stats.papers).toBeGreaterThanOrEqual(21);
    expect(stats.bytes.raw).toBe(
      SAMPLE.byteLength + Object.values(JUMPED).reduce((n, t) => n + Buffer.byteLength(t), 0),
    );
    expect(stats.bytes.searchIndex).toBeGreaterThan(0);
    expect(stats.bytes.database).toBeGreaterThan(stats.bytes.searchIndex);
  });

  it("exits 2 without an archive, or on bad usage", async () => {
    const none = await run(statsCommand, ["--db", "none.db"], { cwd: tmp.dir });
    expect(none).toMatchObject({ code: 2, out: "" });
    expect(none.err).toContain("no archive at");
    expect((await run(statsCommand, ["extra"], { cwd: tmp.dir })).code).toBe(2);
    expect((await run(statsCommand, ["--format", "csv"], { cwd: tmp.dir })).code).toBe(2);
  });
});
