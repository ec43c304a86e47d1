// `banmian ingest` as a user meets it: the bundled sample, folders, flat names, manifests, a second run,
// a changed page, bad files among good ones, hostile text, bad flags, progress on a terminal.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStore, sha256Hex } from "../store/index.js";
import { JUMPED, run, SAMPLE, snapshot, tempDir } from "./archive.test-support.js";
import { ingestCommand } from "./ingest.js";

const tmp = tempDir("banmian-ingest-");
afterAll(() => tmp.remove());
let n = 0;
const freshDb = () => join(tmp.dir, `db-${++n}`, "archive.db");
const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");
const ingest = (db: string, ...argv: string[]) => run(ingestCommand, [...argv, "--db", db], { cwd: tmp.dir });

describe("banmian ingest", () => {
  it("stores the bundled sample from its folder layout, and a second run changes nothing", async () => {
    const db = freshDb();
    const first = await ingest(db, EXAMPLES);
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(first.out).toContain("1 page into");
    expect(first.out).toContain("1 added, 0 replaced, 0 unchanged, 0 failed");
    const before = snapshot(db);
    expect(before.counts).toMatchObject({ issues: 1, pages: 1, page_versions: 1, raw_inputs: 1 });
    expect(before.articles[0]).toBe("lcrb-2025-04-24-a-p01-a01");

    const again = await ingest(db, EXAMPLES);
    expect(again.code).toBe(0);
    expect(again.out).toContain("0 added, 0 replaced, 1 unchanged, 0 failed");
    expect(snapshot(db)).toEqual(before);
  });

  it("keeps the raw bytes with their sha256, and flags win over the path", async () => {
    const db = freshDb();
    const file = tmp.put("loose/page.txt", SAMPLE);
    const result = await ingest(
      db,
      file,
      "--paper",
      "聊城日报",
      "--date",
      "2025-04-24",
      "--page",
      "3",
      "--edition",
      "b",
    );
    expect(result.code).toBe(0);
    const opened = openSqliteStore(db, { readonly: true });
    if (!opened.ok) throw new Error(opened.error);
    const [version] = await opened.store.pageVersions("lcrb-2025-04-24-b-p03");
    expect(version).toMatchObject({ version: 1, sha256: sha256Hex(SAMPLE), size: SAMPLE.byteLength, file });
    expect(await opened.store.rawInput(sha256Hex(SAMPLE))).toEqual(new Uint8Array(SAMPLE));
    await opened.store.close();
  });

  it("records a changed page as a new version and keeps the old raw input", async () => {
    const db = freshDb();
    const file = tmp.put("changing/lcrb/2025-04-24/p01.txt", SAMPLE);
    await ingest(db, "changing");
    const changed = Buffer.concat([SAMPLE, Buffer.from("\n\n新增一段更正说明。\n")]);
    tmp.put(file, changed);
    const result = await ingest(db, "changing");
    expect(result.out).toContain("0 added, 1 replaced, 0 unchanged, 0 failed");
    const opened = openSqliteStore(db, { readonly: true });
    if (!opened.ok) throw new Error(opened.error);
    const versions = await opened.store.pageVersions("lcrb-2025-04-24-a-p01");
    expect(versions.map((v) => [v.version, v.sha256])).toEqual([
      [1, sha256Hex(SAMPLE)],
      [2, sha256Hex(changed)],
    ]);
    expect(await opened.store.rawInput(sha256Hex(SAMPLE))).toEqual(new Uint8Array(SAMPLE));
    await opened.store.close();
    expect(snapshot(db).counts).toMatchObject({ pages: 1, page_versions: 2, raw_inputs: 2 });
  });

  it("lets a bad file fail alone, naming it and the problem, and exits 1", async () => {
    const db = freshDb();
    tmp.put("mixed/lcrb-2025-04-25-p01.txt", JUMPED["lcrb-2025-04-25-p01.txt"] ?? "");
    tmp.put(
      "mixed/lcrb-2025-04-26-p01.txt",
      Buffer.from([0x00, 0xff, 0x00, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    );
    tmp.put("mixed/notes.txt", "没有日期也没有报名的一页。\n");
    tmp.put("mixed/cover.jpg", "not a page");
    const result = await ingest(db, "mixed", "missing-folder");
    expect(result.code).toBe(1);
    expect(result.out).toContain("1 added, 0 replaced, 0 unchanged, 2 failed");
    expect(result.out).toContain("1 file in folders skipped (not .txt or .pdf)");
    expect(result.err).toContain("banmian ingest: missing-folder: no such file or folder");
    expect(result.err).toMatch(/banmian ingest: mixed\/lcrb-2025-04-26-p01\.txt: .+/u);
    expect(result.err).toContain("banmian ingest: mixed/notes.txt: which paper is unknown");
    expect(snapshot(db).articles).toContain("lcrb-2025-04-25-a-p01-a01");
  });

  it("reads manifests (CSV and JSON), paths relative to the manifest", async () => {
    const db = freshDb();
    tmp.put("m/pages/one.txt", JUMPED["lcrb-2025-04-25-p01.txt"] ?? "");
    tmp.put("m/pages/two.txt", JUMPED["lcrb-2025-04-25-p02.txt"] ?? "");
    tmp.put("m/list.csv", "file,paper,date,page,page name\npages/one.txt,lcrb,2025-04-25,1,要闻\n");
    tmp.put(
      "m/list.json",
      JSON.stringify([{ file: "pages/two.txt", paper: "lcrb", date: "2025-04-25", page: 2 }]),
    );
    const result = await ingest(db, "m/list.csv", "m/list.json");
    expect(result.err).toBe("");
    expect(result.out).toContain("2 added");
    expect(result.out).toContain("1 links");
    expect(snapshot(db).counts.links).toBe(1);
  });

  it("refuses a page given twice in one run", async () => {
    const loose = tmp.put("unnumbered/page.txt", SAMPLE);
    const result = await ingest(freshDb(), EXAMPLES, loose, "--date", "2025-04-24", "--paper", "lcrb");
    // loose/page.txt has no page number of its own: without --page it cannot be filed.
    expect(result.code).toBe(1);
    expect(result.err).toContain("page.txt: the page number is unknown");
    const twice = tmp.put("twice/lcrb-2025-04-24-p01.txt", SAMPLE);
    const dup = await ingest(freshDb(), EXAMPLES, twice);
    expect(dup.code).toBe(1);
    expect(dup.err).toMatch(
      /twice\/lcrb-2025-04-24-p01\.txt: page 1 of lcrb-2025-04-24-a is also given by .*p01\.txt/u,
    );
  });

  it("stores hostile text byte for byte", async () => {
    const db = freshDb();
    const hostile =
      "<script>alert(document.cookie)</script>\n\n本报讯 <img src=x onerror=alert(1)>市民&amp;游客前来参观。\n";
    tmp.put("hostile/lcrb-2025-04-27-p01.txt", hostile);
    expect((await ingest(db, "hostile")).code).toBe(0);
    const opened = openSqliteStore(db, { readonly: true });
    if (!opened.ok) throw new Error(opened.error);
    expect(
      new TextDecoder().decode((await opened.store.rawInput(sha256Hex(Buffer.from(hostile)))) ?? undefined),
    ).toBe(hostile);
    const article = await opened.store.getArticle("lcrb-2025-04-27-a-p01-a01");
    expect(JSON.stringify(article?.article)).toContain("<script>alert(document.cookie)</script>");
    await opened.store.close();
  });

  it("takes the archive from BANMIAN_DB, and draws a progress bar on a terminal", async () => {
    const db = freshDb();
    const result = await run(ingestCommand, [EXAMPLES], { cwd: tmp.dir, env: { BANMIAN_DB: db }, tty: true });
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/\[█+\] 1\/1 pages {2}[\d.]+ pages\/s {2}ETA/u);
    expect(result.out).not.toContain("1/1 added");
    expect(snapshot(db).counts.pages).toBe(1);
  });

  it("exits 2 on bad usage or an unusable archive", async () => {
    const usage = async (...argv: string[]) => (await ingest(freshDb(), ...argv)).err;
    expect(await usage()).toContain("no input");
    expect(await usage(EXAMPLES, "--page", "1")).toContain("--page and --page-name go with one page file");
    expect(await usage("a.txt", "b.txt", "--page", "1")).toContain("--page goes with one page file");
    expect(await usage("a.txt", "--date", "2025-13-01")).toContain("--date must be a calendar date");
    expect(await usage("a.txt", "--edition", "B-2")).toContain("--edition must be a short code");
    expect(await usage("a.txt", "--bogus")).toContain("Unknown option");
    tmp.put("not-a-db", "plain text, not SQLite at all, long enough to fill a header page");
    const bad = await ingest(join(tmp.dir, "not-a-db"), EXAMPLES);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^banmian ingest: cannot (open|use) archive .*not-a-db/u);
    expect((await run(ingestCommand, ["--help"], { cwd: tmp.dir })).out).toContain("usage: banmian ingest");
  });
});

describe("banmian ingest: the sample is the same file as examples/", () => {
  it("reads the bundled sample", () => {
    expect(readFileSync(join(EXAMPLES, "lcrb", "2025-04-24", "p01.txt"))).toEqual(SAMPLE);
  });
});
