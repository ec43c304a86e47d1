// Reading in worker threads stores exactly what reading in the writer's own thread does: text pages with a
// jumped story, a two-page PDF (parsed and drawn in the thread), a page whose issue only its text tells, one
// whose text does not, a binary file and an empty one. Worker threads need JavaScript: banmian runs as a child process built from
// src/ (child.test-support.ts), once with --threads 1 and once with --threads 0.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JUMPED, SAMPLE, tempDir } from "../cli/archive.test-support.js";
import { buildChild } from "../cli/child.test-support.js";
import { minimalPdf } from "../ingest/pdf/minimal-pdf.test-support.js";

const tmp = tempDir("banmian-threads-");
let entry = "";

beforeAll(async () => {
  entry = await buildChild(join(tmp.dir, "build"));
  const [one = "", two = ""] = Object.values(JUMPED);
  for (let day = 1; day <= 12; day++) {
    const date = `2025-05-${String(day).padStart(2, "0")}`;
    tmp.put(`pages/lcrb/${date}/p01.txt`, one.replace("小河公园", `第${day}号公园`));
    tmp.put(`pages/lcrb/${date}/p02.txt`, two.replace("小河公园", `第${day}号公园`));
    tmp.put(`pages/lcrb/${date}/p03.txt`, `渡口新闻第${day}期\n\n本报讯 今天渡口恢复通航，游船每日往返。\n`);
  }
  const page = (title: string) => ({
    lines: [
      { text: title, x: 60, y: 760, size: 22 },
      { text: "The ferry runs again from today, eight trips a day.", x: 60, y: 720, size: 10 },
    ],
  });
  tmp.put("pages/lcrb/2025-06-01/p01.pdf", minimalPdf([page("FERRY RETURNS"), page("PARK OPENS")]));
  // Its issue only its header line tells (parsed in a thread to find out); the sample page's text tells none.
  tmp.put("pages/loose/header.txt", `聊城日报  2025年5月20日  星期二  第1版\n\n${one}`);
  tmp.put("pages/loose/sample.txt", SAMPLE);
  tmp.put("pages/lcrb/2025-06-02/p01.txt", new Uint8Array([0, 159, 146, 150, 255, 0, 1, 2]));
  tmp.put("pages/lcrb/2025-06-03/p01.txt", "");
}, 120_000);
afterAll(() => tmp.remove());

function ingest(db: string, threads: number): { code: number | null; out: string; err: string } {
  const run = spawnSync(
    process.execPath,
    [entry, "ingest", "pages", "--db", db, "--threads", String(threads)],
    {
      cwd: tmp.dir,
      encoding: "utf8",
    },
  );
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const TABLES: Record<string, string> = {
  papers: "SELECT * FROM papers ORDER BY id",
  issues: "SELECT * FROM issues ORDER BY id",
  raw_inputs: "SELECT sha256, size, bytes FROM raw_inputs ORDER BY sha256",
  pages: "SELECT * FROM pages ORDER BY id",
  page_versions: "SELECT page_id, version, sha256, file FROM page_versions ORDER BY page_id, version",
  articles: "SELECT * FROM articles ORDER BY id",
  links: "SELECT issue_id, kind, from_article, to_article, confidence, evidence FROM links ORDER BY 1, 3, 4",
  messages:
    "SELECT issue_id, page_id, article_id, stage, level, rule, line, message FROM messages ORDER BY 1, 2, 3, 4, 7, 8",
  search_doc: "SELECT * FROM search_doc ORDER BY doc",
  search_day: "SELECT day, attrs FROM search_day ORDER BY day",
  search_word: "SELECT id, word FROM search_word ORDER BY id",
  // The index itself: the same tokens (headline words cut with the same user words) in the same segments.
  search_fts_data: "SELECT id, block FROM search_fts_data ORDER BY id",
};

function contents(db: string): Record<string, unknown[]> {
  const conn = new Database(db, { readonly: true });
  try {
    return Object.fromEntries(Object.entries(TABLES).map(([t, sql]) => [t, conn.prepare(sql).all()]));
  } finally {
    conn.close();
  }
}

describe("reading pages in worker threads", () => {
  it("stores the same archive as reading in the writer's thread, and says it used a thread", () => {
    const threaded = ingest(join(tmp.dir, "threaded.db"), 1);
    const alone = ingest(join(tmp.dir, "alone.db"), 0);
    expect(threaded.out).toContain("pages read and parsed by 1 thread beside the writer");
    expect(alone.out).not.toContain("beside the writer");
    expect(threaded.out.replace(/.*beside the writer\n/u, "").replaceAll("threaded.db", "X")).toBe(
      alone.out.replaceAll("alone.db", "X"),
    );
    expect(threaded.code).toBe(1); // the binary file, the empty one and the sample (which paper?) fail, alone
    expect(alone.code).toBe(1);
    expect(threaded.out).toMatch(/42 pages into .*: 39 added, 0 replaced, 0 unchanged, 3 failed/u);
    const [a, b] = [contents(join(tmp.dir, "threaded.db")), contents(join(tmp.dir, "alone.db"))];
    for (const table of Object.keys(TABLES)) expect(a[table], table).toEqual(b[table]);
    expect(a.links?.length).toBeGreaterThanOrEqual(12); // each day's jumped story
    expect(a.pages?.length).toBe(39);
    expect(a.issues).toContainEqual(expect.objectContaining({ id: "lcrb-2025-05-20-a" }));
    expect(a.search_word).toContainEqual({ id: expect.any(Number), word: "王小明" }); // the byline's name
  });

  it("finds the same bytes unchanged in a thread as in the writer's", () => {
    const db = join(tmp.dir, "again.db");
    ingest(db, 0);
    const again = ingest(db, 1);
    expect(again.out).toMatch(/: 0 added, 0 replaced, 39 unchanged, 3 failed/u);
  });
});
