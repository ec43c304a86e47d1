// Ingesting sources: a bulk load (several issues to a transaction) stores the same as one issue at a time,
// and an issue that cannot be stored fails alone, its batch stored issue by issue instead.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  archiveSearchIndex,
  type IssueInput,
  openSqliteStore,
  type SqliteArchiveStore,
} from "../store/index.js";
import { ingestSources } from "./ingest.js";
import type { PageSource } from "./sources.js";

const dir = mkdtempSync(join(tmpdir(), "banmian-ingest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Made-up pages: `issues` days of lcrb, two pages each, one short article a page. */
function sources(issues: number): PageSource[] {
  const out: PageSource[] = [];
  for (let i = 0; i < issues; i++) {
    const date = new Date(Date.UTC(2025, 2, 1 + i)).toISOString().slice(0, 10);
    for (const page of [1, 2]) {
      const path = join(dir, `lcrb-${date}-p0${page}.txt`);
      writeFileSync(
        path,
        `春耕第${i}期${page}版\n\n本报讯 田间地头一片繁忙，双拥活动第${i}场在第${page}版。\n`,
      );
      out.push({ file: path, path, meta: { paper: "lcrb", date, page }, origin: "test" });
    }
  }
  return out;
}

function store(): SqliteArchiveStore {
  const opened = openSqliteStore(":memory:", { search: archiveSearchIndex });
  if (!opened.ok) throw new Error(opened.error);
  return opened.store;
}

describe("ingestSources", () => {
  it("stores the same in a bulk load as one issue at a time, in fewer transactions", async () => {
    const pages = sources(12);
    const [one, bulk] = [store(), store()];
    const single = await ingestSources(one, pages, { maxBytes: 1e6 });
    const spy = bulk.ingestIssues.bind(bulk);
    let calls = 0;
    bulk.ingestIssues = (inputs, link) => {
      calls++;
      return spy(inputs, link);
    };
    const batched = await ingestSources(bulk, pages, { maxBytes: 1e6, bulkArticles: 10 });
    expect(batched).toEqual(single);
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThan(12);
    for (const s of [one, bulk]) expect((await s.stats()).articles).toBe(24);
    expect(bulk.db.prepare("SELECT count(*) FROM search_doc").pluck().get()).toBe(24);
    expect(await bulk.getArticle("lcrb-2025-03-05-a-p02-a01")).toEqual(
      await one.getArticle("lcrb-2025-03-05-a-p02-a01"),
    );
  });

  it("stores the rest of a batch when one of its issues fails", async () => {
    const s = store();
    const failing = (await import("../link/index.js")).linkIssue;
    let linked = 0;
    // The store links each issue itself (the links made ahead dropped), with a linker that fails on one.
    const unlinked = ({ links: _, ...input }: IssueInput): IssueInput => input;
    const spy = s.ingestIssues.bind(s);
    s.ingestIssues = (inputs) =>
      spy(inputs.map(unlinked), (pages) => {
        if (++linked === 3) throw new Error("link failed");
        return failing(pages);
      });
    const ingestOne = s.ingestIssue.bind(s);
    s.ingestIssue = (input) =>
      ingestOne(unlinked(input), (pages) => {
        if (input.date === "2025-03-03") throw new Error("link failed");
        return failing(pages);
      });
    const summary = await ingestSources(s, sources(6), { maxBytes: 1e6, bulkArticles: 100 });
    expect(summary.pages.failed).toBe(2);
    expect(summary.pages.added).toBe(10);
    expect(
      summary.failures.every((f) => f.reason.includes("2025-03-03") && f.reason.includes("link failed")),
    ).toBe(true);
  });

  it("ends a load that added at least half the archive by merging the search index, and not a small one", async () => {
    const s = store();
    const segments = () =>
      s.db.prepare<[], number>("SELECT COUNT(*) FROM search_fts_idx WHERE segid > 0").pluck().get() ?? 0;
    const automerge = () =>
      s.db.prepare("SELECT v FROM search_fts_config WHERE k = 'automerge'").pluck().get() as number;
    const merges: { segments: number; automerge: number }[] = [];
    const mergeAfter = { share: 0.5, min: 4 };
    const onMerge = () => merges.push({ segments: segments(), automerge: automerge() });
    // One issue a transaction: a segment each. Once the run has added 4 articles (2 issues) it is sure to end
    // with a merge, and FTS5 stops merging: every later issue's segment is still there when the load ends.
    const first = await ingestSources(s, sources(6), { maxBytes: 1e6, mergeAfter, onMerge });
    expect(first.merged).toBeGreaterThan(0);
    expect(merges).toHaveLength(1);
    expect(merges[0]?.segments).toBeGreaterThan(1);
    expect(merges[0]?.automerge).toBe(0);
    expect(automerge()).toBe(4);
    expect(segments()).toBe(1);
    const before = archiveSearchIndex(s.db).search({ q: "双拥" }).total;
    // 2 more issues (4 articles) to 12: less than half, so no merge.
    const more = sources(8).slice(12);
    const second = await ingestSources(s, more, { maxBytes: 1e6, mergeAfter, onMerge });
    expect(second).toMatchObject({ merged: 0, articles: 4 });
    expect(merges).toHaveLength(1);
    expect(automerge()).toBe(4);
    expect(archiveSearchIndex(s.db).search({ q: "双拥" }).total).toBe(before + 4);
    await s.close();
  });

  it("stores issue by issue until a run is sure to be a large load, then several issues a transaction", async () => {
    const s = store();
    const bulk = vi.spyOn(s, "ingestIssues");
    const one = vi.spyOn(s, "ingestIssue");
    const summary = await ingestSources(s, sources(6), { maxBytes: 1e6, mergeAfter: { share: 0.5, min: 4 } });
    expect(summary).toMatchObject({ articles: 12, pages: { added: 12 } });
    // Two issues (4 articles) alone; then the run will end with a merge, and the other four go in one batch.
    expect(one).toHaveBeenCalledTimes(2);
    expect(bulk).toHaveBeenCalledTimes(1);
    expect(bulk.mock.calls[0]?.[0]).toHaveLength(4);
    // A small run keeps a transaction per issue.
    const small = store();
    const smallBulk = vi.spyOn(small, "ingestIssues");
    await ingestSources(small, sources(3), { maxBytes: 1e6 });
    expect(smallBulk).not.toHaveBeenCalled();
    await s.close();
    await small.close();
  });

  it("turns the index's merging back on when a load that deferred it fails before its merge", async () => {
    const s = store();
    const automerge = () =>
      s.db.prepare("SELECT v FROM search_fts_config WHERE k = 'automerge'").pluck().get() as number;
    const seen: number[] = [];
    const onPage = ({ done }: { done: number }) => {
      seen.push(automerge());
      if (done === 10) throw new Error("the progress display went away");
    };
    const run = ingestSources(s, sources(6), { maxBytes: 1e6, mergeAfter: { share: 0.5, min: 4 }, onPage });
    await expect(run).rejects.toThrow(/went away/);
    expect(seen).toContain(0);
    expect(automerge()).toBe(4);
    await s.close();
  });
});
