// `banmian get` answers reader routes in-process: the body on stdout, exit 0 for 2xx and 1 otherwise.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive, type TestArchive } from "../serve/archive.test-support.js";
import { run } from "./archive.test-support.js";
import { getCommand } from "./get.js";

let archive: TestArchive;
beforeAll(async () => {
  archive = await buildArchive();
}, 60_000);
afterAll(() => archive.remove());

const get = (...argv: string[]) => run(getCommand, [...argv, "--db", archive.db], { cwd: archive.dir });

describe("banmian get", () => {
  it("prints a page's JSON twin", async () => {
    const r = await get("/lcrb/2025-04-24/p1.json");
    expect(r.code).toBe(0);
    const page = JSON.parse(r.out) as { ok: boolean; articles: unknown[] };
    expect(page.ok).toBe(true);
    expect(page.articles).toHaveLength(7);
  });

  it("prints HTML pages and search results", async () => {
    const html = await get("/lcrb/2025-04-24/p1/a1");
    expect(html.code).toBe(0);
    expect(html.out).toContain("第7版不在本档案中");
    const hits = await get("/search.json?q=双拥");
    expect(JSON.parse(hits.out)).toMatchObject({ total: 1 });
  });

  it("exits 1 with the error body for a missing article, and names a redirect", async () => {
    const r = await get("/lcrb/2025-04-24/p1/a99.json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, status: 404 });
    const moved = await get("/lcrb");
    expect(moved.code).toBe(1);
    expect(moved.err).toContain("301 → /lcrb/");
  });

  it("prints the status and headers with -i", async () => {
    const r = await get("-i", "/lcrb/2025-04-24/p1/a4");
    expect(r.out).toMatch(/^HTTP\/1\.1 200/u);
    expect(r.out).toContain("content-security-policy:");
  });

  it("refuses bad usage with 2", async () => {
    expect((await get("lcrb/2025-04-24/")).code).toBe(2);
    expect((await get()).code).toBe(2);
    expect((await get("/", "--setting", "nope=1")).code).toBe(2);
    const missing = await run(getCommand, ["/", "--db", `${archive.dir}/none.db`], { cwd: archive.dir });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no archive at");
  });
});
