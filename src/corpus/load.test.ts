import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { CORPUS_FILE, corpusPath, loadCorpus } from "./load.js";

// A made-up page in the corpus format.
const PAGE = {
  paper: "某某日报",
  date: "2024-05-06",
  page: 2,
  pageName: null,
  pagesInIssue: 8,
  complete: true,
  articles: [
    {
      order: 1,
      kicker: null,
      title: "书香小镇",
      subtitle: "——夜读记",
      author: null,
      body: "第一段。\n\u00a0\n第二段。",
      jumpRole: "continuation",
      alsoListedOnPages: [1],
    },
  ],
};

const made: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function tempFile(lines: string[]): string {
  const dir = tempDir("banmian-corpus-");
  const path = join(dir, CORPUS_FILE);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("loadCorpus", () => {
  it("reads one page a line into typed pages", () => {
    const [page] = loadCorpus(tempFile([JSON.stringify(PAGE), ""]));
    expect(page?.date).toBe("2024-05-06");
    expect(page?.articles[0]).toEqual(PAGE.articles[0]);
    expect(Object.keys(page ?? {})).not.toContain("complete");
  });

  it("says which line is malformed", () => {
    const bad = { ...PAGE, articles: [{ ...PAGE.articles[0], jumpRole: "middle" }] };
    expect(() => loadCorpus(tempFile([JSON.stringify(PAGE), JSON.stringify(bad)]))).toThrow(
      /:2 article 1: jumpRole/,
    );
    expect(() => loadCorpus(tempFile(["{oops"]))).toThrow(/:1: not JSON/);
    expect(() => loadCorpus(tempFile([JSON.stringify({ ...PAGE, date: "6 May" })]))).toThrow(/date/);
  });
});

describe("corpusPath", () => {
  it("honours BANMIAN_CORPUS as the file or its folder", () => {
    const file = tempFile([JSON.stringify(PAGE)]);
    vi.stubEnv("BANMIAN_CORPUS", file);
    expect(corpusPath()).toBe(file);
    vi.stubEnv("BANMIAN_CORPUS", join(file, ".."));
    expect(corpusPath()).toBe(file);
  });

  it("is null when the corpus is absent", () => {
    const empty = tempDir("banmian-empty-");
    mkdirSync(join(empty, "sub"));
    vi.stubEnv("BANMIAN_CORPUS", join(empty, "sub"));
    expect(corpusPath()).toBeNull();
    vi.stubEnv("BANMIAN_CORPUS", join(empty, "missing.jsonl"));
    expect(corpusPath()).toBeNull();
  });
});
