// `banmian show`: a jumped story stitched from its two pages, the sample's unmatched jump as a note,
// JSON with parts and links, and the errors a user meets (no archive, no article, not an id).
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JUMPED, run, SAMPLE, tempDir } from "./archive.test-support.js";
import { ingestCommand } from "./ingest.js";
import { showCommand } from "./show.js";

const tmp = tempDir("banmian-show-");
const db = join(tmp.dir, "archive.db");
const show = (...argv: string[]) => run(showCommand, [...argv, "--db", db], { cwd: tmp.dir });

beforeAll(async () => {
  for (const [name, text] of Object.entries(JUMPED)) tmp.put(join("pages", name), text);
  tmp.put("pages/lcrb/2025-04-24/p01.txt", SAMPLE);
  const ingested = await run(ingestCommand, ["pages", "--db", db], { cwd: tmp.dir });
  if (ingested.code !== 0) throw new Error(ingested.err);
});
afterAll(() => tmp.remove());

describe("banmian show", () => {
  it("stitches a jumped story from either part: start first, paragraphs joined across the jump", async () => {
    for (const id of ["lcrb-2025-04-25-a-p01-a01", "lcrb-2025-04-25-a-p02-a01"]) {
      const { code, out } = await show(id);
      expect(code).toBe(0);
      expect(out).toMatch(/^lcrb-2025-04-25-a-p01-a01 {2}lcrb 2025-04-25 page 1/u);
      expect(out).toContain("吸引大批市民前来游览。园内步道全长三公里");
      expect(out).toContain("1. lcrb-2025-04-25-a-p01-a01  page 1, article 1 (start)");
      expect(out).toMatch(
        /2\. lcrb-2025-04-25-a-p02-a01 {2}page 2, article 1 \(continuation; jump from .*confidence/u,
      );
    }
  });

  it("prints JSON: the page schema's article plus parts, links and messages", async () => {
    const { code, out } = await show("lcrb-2025-04-25-a-p02-a01", "--format", "json");
    expect(code).toBe(0);
    const story = JSON.parse(out);
    expect(story).toMatchObject({
      id: "lcrb-2025-04-25-a-p01-a01",
      kind: "article",
      title: "小河公园正式开园",
      continuesOn: null,
      paper: "lcrb",
      date: "2025-04-25",
      page: 1,
      parts: [
        { id: "lcrb-2025-04-25-a-p01-a01", page: 1, position: 1, role: "start" },
        { id: "lcrb-2025-04-25-a-p02-a01", page: 2, position: 1, role: "continuation" },
      ],
      links: [{ kind: "jump", from: "lcrb-2025-04-25-a-p01-a01", to: "lcrb-2025-04-25-a-p02-a01" }],
      messages: [],
    });
    expect(story.paragraphs[0]).toMatch(/前来游览。/u);
    expect(story.links[0].evidence).toMatchObject({ headline: "same" });
  });

  it("prints a credit where it was printed: the park photo's ■ 孙文辉 after its caption, not above it", async () => {
    const ids = [1, 2, 3, 4, 5, 6, 7].map((n) => `lcrb-2025-04-24-a-p01-a0${n}`);
    const outs = await Promise.all(ids.map(async (id) => (await show(id)).out));
    const lines = (outs.find((o) => o.includes("孙文辉")) ?? "").split("\n");
    const caption = lines.findIndex((l) => l.startsWith("4月22日，阳谷县谷山公园"));
    expect(caption).toBeGreaterThan(0);
    expect(lines.findIndex((l) => l.includes("孙文辉"))).toBe(caption + 2);
  });

  it("shows the sample's jump to a page the archive lacks as a note, not a link", async () => {
    const { code, out } = await show("lcrb-2025-04-24-a-p01-a01");
    expect(code).toBe(0);
    expect(out).toContain("习近平同阿塞拜疆总统阿利耶夫会谈");
    expect(out).toContain(
      "info link/jump-target-missing: jump to page 7 (下转第7版): target page not in archive",
    );
    const json = JSON.parse((await show("lcrb-2025-04-24-a-p01-a01", "-f", "json")).out);
    expect(json.links).toEqual([]);
    expect(json.continuesOn).toBe(7);
    expect(json.parts).toHaveLength(1);
  });

  it("exits 1 for an article the archive does not have, saying what the issue holds", async () => {
    expect(await show("lcrb-2025-04-25-a-p02-a09")).toMatchObject({
      code: 1,
      err: `banmian show: no article lcrb-2025-04-25-a-p02-a09 in ${db} (issue lcrb-2025-04-25-a has pages 1, 2)\n`,
    });
    expect((await show("rmrb-2019-01-01-a-p01-a01")).err).toBe(
      `banmian show: no article rmrb-2019-01-01-a-p01-a01 in ${db}\n`,
    );
  });

  it("exits 2 on bad usage or a missing archive", async () => {
    expect((await show("lcrb/2025-04-25/p1/a1")).err).toContain(
      "is not an article id like lcrb-2025-04-24-a-p01-a04",
    );
    expect((await show()).err).toContain("name one article id");
    expect((await show("lcrb-2025-04-25-a-p01-a01", "--format", "xml")).code).toBe(2);
    const missing = await run(showCommand, ["lcrb-2025-04-25-a-p01-a01"], {
      cwd: tmp.dir,
      env: { BANMIAN_DB: "nowhere.db" },
    });
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(
      `banmian show: no archive at ${join(tmp.dir, "nowhere.db")} (run banmian ingest first, or pass --db)\n`,
    );
  });
});
