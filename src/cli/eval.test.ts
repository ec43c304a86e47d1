import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyArticle, type Page } from "../model/index.js";
import { evalCommand } from "./eval.js";
import { memoryIo } from "./io.js";

const RIVER = {
  ...emptyArticle(),
  title: "小河公园开园",
  paragraphs: ["今天上午，小河公园正式开园，市民纷纷前来游览。"],
};
const STREET = {
  ...emptyArticle(),
  title: "老街新貌",
  paragraphs: ["东关老街完成改造后重新开放，青石板路恢复了原来的模样。"],
};
const page = (file: string, articles: Page["articles"]): Page => ({
  file,
  paper: null,
  date: null,
  page: null,
  pageName: null,
  articles,
  removed: [],
  messages: [],
});

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "banmian-eval-"));
  await mkdir(join(dir, "gold"));
  // Gold as one page per .json file and as an array; predictions as .jsonl, as `banmian parse` writes them.
  await writeFile(
    join(dir, "gold", "a.json"),
    JSON.stringify({ file: "a.txt", articles: [RIVER, { ...STREET, continuesOn: 2 }] }),
  );
  await writeFile(join(dir, "gold.json"), JSON.stringify([{ file: "a.txt", articles: [RIVER] }]));
  const pred = [page("in/a.txt", [RIVER, { ...STREET, continuesOn: 2 }])];
  await writeFile(join(dir, "pred.jsonl"), `${pred.map((p) => JSON.stringify(p)).join("\n")}\n`);
  await writeFile(join(dir, "bad.jsonl"), `${JSON.stringify(pred[0])}\n{"file": "b.txt",\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const io = memoryIo(dir);
  const code = await evalCommand(argv, io);
  return { code, out: io.out, err: io.err };
}

describe("banmian eval", () => {
  it("prints the score table for files relative to the working directory", async () => {
    const { code, out, err } = await run("gold/a.json", "pred.jsonl");
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain("articles.recall                   2/2   1.000");
    expect(out).toContain("jumps.recall                      1/1   1.000");
    expect(out).toContain("pages.perfect                     1/1   1.000");
  });

  it("writes JSON, with pages on --details", async () => {
    const { code, out } = await run("gold.json", "pred.jsonl", "--format", "json", "--details");
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.totals.articles).toEqual({ matched: 1, gold: 1, predicted: 2 });
    expect(report.pages[0].spurious).toEqual(["老街新貌"]);
  });

  it("exits 1 when a --min or --max gate fails, naming it", async () => {
    const { code, err } = await run(
      "gold.json",
      "pred.jsonl",
      "--min",
      "articles.recall=1",
      "--max",
      "jumps.false=0",
    );
    expect(code).toBe(1);
    expect(err).toBe("banmian eval: gate failed: jumps.false = 1 is above the ceiling 0\n");
    expect((await run("gold.json", "pred.jsonl", "--min", "articles.precision=0.5")).code).toBe(0);
  });

  it("exits 2 naming the file for a missing file or bad JSON", async () => {
    const missing = await run("nope.json", "pred.jsonl");
    expect(missing).toMatchObject({
      code: 2,
      out: "",
      err: "banmian eval: cannot read nope.json: no such file\n",
    });
    const bad = await run("gold.json", "bad.jsonl");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^banmian eval: bad\.jsonl:2:\d+: bad JSON: /u);
  });

  it("exits 2 on bad usage", async () => {
    expect((await run("gold.json")).code).toBe(2);
    expect((await run("gold.json", "pred.jsonl", "--format", "csv")).err).toContain(
      "--format must be text or json",
    );
    expect((await run("gold.json", "pred.jsonl", "--min", "titel=1")).err).toContain(
      'unknown metric "titel"',
    );
    expect((await run("gold.json", "pred.jsonl", "--bogus")).code).toBe(2);
    expect((await run("--help")).code).toBe(0);
  });
});
