// The dev corpus through the archive: every page rendered to a file (never into the repository), ingested
// as one folder, linked per issue, a jumped story shown whole. Skipped without the corpus, failed in CI.
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CorpusPage, corpusPath, loadCorpus, renderCorpus } from "../corpus/index.js";
import { similarity } from "../eval/index.js";
import { run, snapshot, tempDir } from "./archive.test-support.js";
import { ingestCommand } from "./ingest.js";
import { showCommand } from "./show.js";

const CORPUS = corpusPath();

it.runIf(CORPUS === null && Boolean(process.env.CI))("finds the dev corpus (CI must have it)", () => {
  expect.fail("CI is set but the dev corpus is missing: put it in ../shared/corpus/ or set BANMIAN_CORPUS");
});

describe.skipIf(CORPUS === null)(
  "banmian ingest on the dev corpus renderings (skipped when the corpus is absent: set BANMIAN_CORPUS or add ../shared/corpus)",
  () => {
    const tmp = tempDir("banmian-corpus-");
    const db = join(tmp.dir, "archive.db");
    let pages: CorpusPage[] = [];
    beforeAll(() => {
      pages = loadCorpus(CORPUS ?? "");
      for (const r of renderCorpus(pages, "indented", 1)) tmp.put(join("renderings", r.file), r.text);
    });
    afterAll(() => tmp.remove());

    it("stores every page, grouped into its issues, and links the jumps", async () => {
      const result = await run(ingestCommand, ["renderings", "--db", db], { cwd: tmp.dir });
      expect(result.err).toBe("");
      expect(result.code).toBe(0);
      expect(result.out).toContain(`${pages.length} added, 0 replaced, 0 unchanged, 0 failed`);
      const dates = new Set(pages.map((p) => p.date));
      expect(result.out).toContain(`${dates.size} issues linked`);
      const { counts } = snapshot(db);
      expect(counts).toMatchObject({ issues: dates.size, pages: pages.length, page_versions: pages.length });
      const starts = pages.flatMap((p) => p.articles.filter((a) => a.jumpRole === "start")).length;
      expect(counts.links).toBeGreaterThanOrEqual(starts - 1);
    });

    it("shows a jumped story whole: both parts, the body as the corpus has it", async () => {
      const conn = new Database(db, { readonly: true });
      const from = conn
        .prepare<[], string>("SELECT from_article FROM links WHERE kind = 'jump' ORDER BY id")
        .pluck()
        .get();
      conn.close();
      const shown = await run(showCommand, [from ?? "", "--db", db, "--format", "json"], { cwd: tmp.dir });
      expect(shown.code).toBe(0);
      const story = JSON.parse(shown.out) as {
        title: string;
        paragraphs: string[];
        parts: { role: string }[];
      };
      expect(story.parts.map((p) => p.role)).toEqual(["start", "continuation"]);
      const original = pages
        .flatMap((p) => p.articles)
        .find((a) => a.jumpRole === "start" && a.title === story.title);
      expect(original).toBeDefined();
      expect(similarity(story.paragraphs.join(""), original?.body ?? "")).toBeGreaterThan(0.9);
    });

    it("changes nothing on a second run", async () => {
      const before = snapshot(db);
      const again = await run(ingestCommand, ["renderings", "--db", db], { cwd: tmp.dir });
      expect(again.out).toContain(`0 added, 0 replaced, ${pages.length} unchanged, 0 failed`);
      expect(snapshot(db)).toEqual(before);
    });
  },
);
