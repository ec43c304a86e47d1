// `banmian search` in-process over an archive file built with the search index directly (made-up articles).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqliteSearchIndex, type SearchDoc, type SearchResult } from "../search/index.js";
import { memoryIo } from "./io.js";
import { main } from "./main.js";
import { formatResult } from "./search.js";

const article = (id: string, date: string, page: number, title: string, body: string): SearchDoc => ({
  id,
  paper: id.slice(0, 4),
  date,
  page,
  kind: "article",
  title,
  headline: title,
  body,
  authors: ["邹辉"],
});

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "banmian-search-cli-"));
  const db = new Database(join(dir, "archive.db"));
  db.pragma("journal_mode = WAL");
  createSqliteSearchIndex(db).upsert([
    article("lcrb-2025-04-24-a-p01-a01", "2025-04-24", 1, "双拥共建谱新篇", "临沧市开展双拥模范城创建活动。"),
    article(
      "lcrb-2024-08-01-a-p03-a02",
      "2024-08-01",
      3,
      "拥军优属",
      "全市双拥工作会议召开，知识产权质押融资同步推进。",
    ),
    article("rmrb-2025-05-01-a-p02-a01", "2025-05-01", 2, "春耕", "田间地头忙春耕。"),
  ]);
  db.close();
  new Database(join(dir, "plain.db")).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], options: { env?: Record<string, string>; tty?: boolean } = {}) {
  const io = memoryIo(dir);
  io.env = options.env ?? {};
  io.isTty = options.tty ?? false;
  const code = await main(["search", ...argv], io);
  return { code, out: io.out, err: io.err };
}

describe("banmian search", () => {
  it("lists hits with date, paper, page, title and a «»-marked snippet, then the counts", async () => {
    const { code, out } = await run([
      "双拥",
      "--db",
      "archive.db",
      "--paper",
      "lcrb",
      "--from",
      "2025-01-01",
    ]);
    expect(code).toBe(0);
    expect(out).toContain("1 article match 双拥 (1–1 shown)");
    expect(out).toContain("2025-04-24  lcrb p1  双拥共建谱新篇\n    临沧市开展«双拥»模范城创建活动。");
    expect(out).toContain("by year: 2025 1");
  });

  it("prints the JSON result: total, hits with their fields, facets", async () => {
    const { code, out } = await run(["知识产权质押", "--format", "json"], {
      env: { BANMIAN_DB: "archive.db" },
    });
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(["total", "hits", "facets"]);
    expect(json.total).toBe(1);
    expect(Object.keys(json.hits[0])).toEqual([
      "id",
      "paper",
      "date",
      "page",
      "kind",
      "title",
      "snippet",
      "score",
    ]);
    expect(json.hits[0].snippet).toContain("«知识产权质押»");
    expect(json.facets).toEqual({ paper: { lcrb: 1 }, year: { "2024": 1 }, page: { "3": 1 } });
  });

  it("pages with --limit and --offset, and takes -exclusions as query text", async () => {
    const first = await run(["双拥", "--db", "archive.db", "--limit", "1"]);
    expect(first.out).toContain("2 articles match 双拥 (1–1 shown)");
    expect(first.out).toContain("more: --offset 1");
    const json = await run(["双拥", "-临沧", "--db", "archive.db", "--format", "json"]);
    expect(JSON.parse(json.out).hits.map((h: { id: string }) => h.id)).toEqual(["lcrb-2024-08-01-a-p03-a02"]);
  });

  it("puts matches in bold on a terminal", async () => {
    const { out } = await run(["春耕", "--db", "archive.db"], { tty: true });
    expect(out).toContain("田间地头忙\u001b[1m春耕\u001b[22m。");
  });

  it("notes that one-character terms search headlines only", async () => {
    const { code, out, err } = await run(["春", "--db", "archive.db"]);
    expect(code).toBe(0);
    expect(out).toContain("1 article match 春");
    expect(err).toContain("one-character terms search headlines only: 春");
  });

  it("says so when there is no archive, or no search index in it", async () => {
    const missing = await run(["双拥", "--db", "nowhere.db"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`no archive at ${join(dir, "nowhere.db")}: run \`banmian ingest\` first`);
    const plain = await run(["双拥", "--db", "plain.db"]);
    expect(plain.code).toBe(2);
    expect(plain.err).toContain("has no search index");
  });

  it("rejects bad options and filters with a usage message", async () => {
    for (const argv of [[], ["双拥", "--format", "xml"], ["双拥", "--limit", "x"], ["双拥", "--bogus"]]) {
      const { code, err } = await run([...argv, "--db", "archive.db"]);
      expect(code).toBe(2);
      expect(err).toContain("usage: banmian search");
    }
    const date = await run(["双拥", "--db", "archive.db", "--from", "2025-13"]);
    expect([date.code, date.err]).toEqual([
      2,
      "banmian search: not a date: '2025-13' (use YYYY-MM-DD, YYYY-MM or YYYY)\n",
    ]);
    const kind = await run(["双拥", "--db", "archive.db", "--kind", "poem"]);
    expect(kind.code).toBe(2);
  });

  it("takes --exact (a flag: an exclusion after it stays an exclusion)", async () => {
    const { code, out } = await run(["双拥", "--exact", "-临沧", "--db", "archive.db", "--format", "json"]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { total: number; hits: { id: string }[]; approximate?: unknown };
    expect(result.total).toBe(1);
    expect(result.hits.map((h) => h.id)).toEqual(["lcrb-2024-08-01-a-p03-a02"]);
    expect(result.approximate).toBeUndefined();
  });

  it("says when a total or the counts are estimates", () => {
    const result: SearchResult = {
      total: 12_032,
      hits: [],
      facets: { paper: { rmrb: 12_032 }, year: { 2020: 12_032 }, page: { 1: 12_032 } },
      approximate: { total: true, facets: true },
    };
    const text = formatResult(result, { q: "双拥", limit: 0 }, false);
    expect(text).toMatch(/^about 12032 articles match 双拥/u);
    expect(text).toContain("by year, estimated: 2020 12032");
    expect(text).toContain("--exact counts every match");
    const { approximate: _, ...counted } = result;
    const exact = formatResult(counted, { q: "双拥" }, false);
    expect(exact).toMatch(/^12032 articles match/u);
    expect(exact).not.toContain("estimated");
  });

  it("never breaks on hostile queries", async () => {
    for (const q of ['"', "NEAR(", "'; DROP TABLE articles; --", "title:x", "^", "((", "😀", "\u0000"]) {
      const { code } = await run([q, "--db", "archive.db", "--format", "json"]);
      expect(code).toBe(0);
    }
  });
});
