import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusPath } from "../corpus/index.js";
import { CHROMIUM } from "../corpus/pdf/index.js";
import { pageOf as page, RIVER, STREET } from "../eval/pages.test-support.js";
import { evalCommand } from "./eval.js";
import { memoryIo } from "./io.js";

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
  return runWith({}, ...argv);
}

async function runWith(env: Record<string, string>, ...argv: string[]) {
  const io = memoryIo(dir);
  io.env = env;
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

describe("banmian eval --corpus: errors", () => {
  it("exits 2 with a clear error when the corpus is absent", async () => {
    expect(await run("--corpus", "nope.jsonl")).toMatchObject({
      code: 2,
      out: "",
      err: "banmian eval: cannot read corpus nope.jsonl: no such file\n",
    });
    const unset = await runWith({ BANMIAN_CORPUS: join(dir, "missing") }, "--corpus");
    expect(unset.code).toBe(2);
    expect(unset.err).toMatch(/^banmian eval: no dev corpus found: pass --corpus FILE, set BANMIAN_CORPUS/u);
  });

  it("exits 2 naming the line of a malformed corpus", async () => {
    await writeFile(join(dir, "broken.jsonl"), '{"paper": "x"}\n');
    const { code, err } = await run("--corpus", "broken.jsonl");
    expect(code).toBe(2);
    expect(err).toMatch(/broken\.jsonl:1: /u);
  });

  it("exits 2 on bad corpus usage", async () => {
    expect((await run("--corpus", "a.jsonl", "b.jsonl")).err).toContain("--corpus takes at most one FILE");
    expect((await run("--corpus", "--layout", "sideways")).err).toContain(
      "--layout must be one of blocks, indented, wrapped, pdf or all",
    );
    expect((await run("--corpus", "--seed", "1.5")).err).toContain("--seed must be a whole number");
    expect((await run("--corpus", "--layout", "pdf", "--font", "arial")).err).toContain(
      "--font must be wqy or noto, not arial",
    );
    expect((await run("--corpus", "--layout", "wrapped", "--font", "noto")).err).toContain(
      "--font goes with --layout pdf",
    );
    expect((await run("gold.json", "pred.jsonl", "--layout", "blocks")).err).toContain(
      "--layout, --seed and --font go with --corpus",
    );
  });
});

// A few real pages copied to the temp folder at run time (never into the repository) keep these fast.
const CORPUS = corpusPath();
const SMALL_PAGES = 6;

describe.skipIf(CORPUS === null)(
  "banmian eval --corpus (skipped when the dev corpus is absent: set BANMIAN_CORPUS or add ../shared/corpus)",
  () => {
    beforeAll(async () => {
      const lines = (await readFile(CORPUS ?? "", "utf8")).split("\n").filter((l) => l.trim() !== "");
      await writeFile(join(dir, "small.jsonl"), `${lines.slice(0, SMALL_PAGES).join("\n")}\n`);
    });

    it("prints a report per layout, then all layouts combined", async () => {
      const { code, out, err } = await run("--corpus", "small.jsonl");
      expect(code).toBe(0);
      expect(err).toBe("");
      expect(out).toContain(`small.jsonl: ${SMALL_PAGES} pages, seed 1`);
      const headings = out.split("\n").filter((line) => line.startsWith("== "));
      expect(headings).toEqual(["== blocks ==", "== indented ==", "== wrapped ==", "== all layouts =="]);
      expect(out.match(/^gold pages: \d+/gmu)).toEqual([
        `gold pages: ${SMALL_PAGES}`,
        `gold pages: ${SMALL_PAGES}`,
        `gold pages: ${SMALL_PAGES}`,
        `gold pages: ${3 * SMALL_PAGES}`,
      ]);
      expect(out).toContain("articles.f1");
    });

    it("writes JSON: one layout and seed, no combined report; all layouts add up", async () => {
      const one = await run("--corpus=small.jsonl", "--layout", "wrapped", "--seed", "2", "--format", "json");
      expect(one.code).toBe(0);
      const report = JSON.parse(one.out);
      expect(report.corpus.pages).toBe(SMALL_PAGES);
      expect(report.seed).toBe(2);
      expect(Object.keys(report.layouts)).toEqual(["wrapped"]);
      expect(report.combined).toBeUndefined();
      expect(report.layouts.wrapped.metrics[0].name).toBe("articles.precision");

      const all = JSON.parse((await run("--corpus", "small.jsonl", "--format", "json", "--details")).out);
      const gold = (layout: string): number => all.layouts[layout].totals.articles.gold;
      expect(all.combined.totals.articles.gold).toBe(gold("blocks") + gold("indented") + gold("wrapped"));
      expect(all.combined.pages).toHaveLength(3 * SMALL_PAGES);
      expect(all.combined.pages[0].file).toMatch(/^blocks\/rmrb-.*\.txt$/u);
    });

    it("is deterministic for a seed", async () => {
      const first = await run("--corpus", "small.jsonl", "--layout", "indented", "--format", "json");
      const again = await run("--corpus", "small.jsonl", "--layout", "indented", "--format", "json");
      expect(again.out).toBe(first.out);
    });

    it("reads the corpus from BANMIAN_CORPUS when no FILE is given", async () => {
      const { code, out } = await runWith(
        { BANMIAN_CORPUS: join(dir, "small.jsonl") },
        "--corpus",
        "--layout",
        "blocks",
      );
      expect(code).toBe(0);
      expect(out).toContain(`gold pages: ${SMALL_PAGES}`);
    });

    it("exits 1 when a layout fails a gate, naming the layout", async () => {
      const { code, err } = await run("--corpus", "small.jsonl", "--min", "articles.f1=1.01");
      expect(code).toBe(1);
      const failed = err.split("\n").filter((line) => line !== "");
      expect(failed).toHaveLength(3);
      expect(failed[0]).toMatch(
        /^banmian eval: gate failed: blocks: articles\.f1 = [\d.]+ is below the floor 1\.01$/u,
      );
    });
  },
);

// The first pages printed as PDF: the quality gate prints them too (seed 1, WenQuanYi), so they are
// usually in .cache/pdf/ already; pdfjs reads ~2 pages a second, so only a few.
const PDF_PAGES = 3;

describe.skipIf(CORPUS === null || !existsSync(CHROMIUM))(
  `banmian eval --corpus --layout pdf (skipped when the dev corpus or ${CHROMIUM} is absent)`,
  () => {
    beforeAll(async () => {
      const lines = (await readFile(CORPUS ?? "", "utf8")).split("\n").filter((l) => l.trim() !== "");
      await writeFile(join(dir, "small-pdf.jsonl"), `${lines.slice(0, PDF_PAGES).join("\n")}\n`);
    });

    it("prints the report, one column per arrangement and, on --details, a line per page", async () => {
      const { code, out } = await run("--corpus", "small-pdf.jsonl", "--layout", "pdf", "--details");
      expect(code).toBe(0);
      expect(out).toContain(`small-pdf.jsonl: ${PDF_PAGES} pages, seed 1, PDF font wqy`);
      expect(out.split("\n").filter((line) => line.startsWith("== "))).toEqual(["== pdf =="]);
      const table = out.split("\n").find((line) => line.startsWith("metric ") && line.includes("("));
      expect(table).toMatch(/(stacked|lead-sidebar|side-by-side|mixed) \(\d+\)/u);
      const perPage = out.split("\n").filter((line) => /^rmrb-\S+\.pdf /u.test(line));
      expect(perPage).toHaveLength(PDF_PAGES);
      for (const line of perPage)
        expect(line).toMatch(/\.pdf +(stacked|lead-sidebar|side-by-side|mixed) +\d+\/\d+\/\d+ /u);
    });

    it("writes JSON with a report per arrangement; the arrangements add up to the layout", async () => {
      const { code, out } = await run("--corpus", "small-pdf.jsonl", "--layout", "pdf", "--format", "json");
      expect(code).toBe(0);
      const report = JSON.parse(out);
      expect(report.font).toBe("wqy");
      const pdf = report.layouts.pdf;
      const variants = Object.values(pdf.variants) as { totals: { articles: { gold: number } } }[];
      expect(variants.length).toBeGreaterThan(0);
      expect(variants.reduce((n, v) => n + v.totals.articles.gold, 0)).toBe(pdf.totals.articles.gold);
      expect(pdf.warnings).toEqual([]);
    });
  },
);
