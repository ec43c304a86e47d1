// PDF page sources: split into their pages, numbered, parsed and drawn, stored with the whole file as the
// raw input of each page; the same file again changes nothing. Made-up pages from minimal-pdf.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../cli/archive.test-support.js";
import { minimalPdf } from "../ingest/pdf/minimal-pdf.test-support.js";
import { openSqliteStore, sha256Hex } from "../store/index.js";
import { discover } from "./discover.js";
import { ingestSources } from "./ingest.js";
import { splitPdfSources } from "./pdf.js";
import type { PageSource } from "./sources.js";

const tmp = tempDir("banmian-pdf-sources-");
afterAll(() => tmp.remove());

const page = (title: string) => ({
  lines: [
    { text: title, x: 60, y: 760, size: 22 },
    {
      text: "The river park opened to the public this morning, and many residents came.",
      x: 60,
      y: 720,
      size: 10,
    },
  ],
});
const THREE = minimalPdf([page("PARK OPENS"), page("FERRY RETURNS"), page("OLD STREET RENEWED")]);
const ONE = minimalPdf([page("PARK OPENS")]);
const source = (path: string, meta: PageSource["meta"] = {}): PageSource => ({
  file: path,
  path: join(tmp.dir, path),
  meta,
  origin: "path",
});
const read = (s: PageSource) => ({ ok: true as const, value: s.path.endsWith("three.pdf") ? THREE : ONE });

describe("splitPdfSources", () => {
  it("makes a multi-page PDF one source per page, numbered on from its page or 1", async () => {
    const split = await splitPdfSources(
      [source("three.pdf", { paper: "lcrb", page: 5, pageName: "要闻" })],
      read,
    );
    expect(split.map((s) => [s.file, s.pdfPage, s.meta])).toEqual([
      ["three.pdf#page=1", 1, { paper: "lcrb", page: 5, pageName: "要闻" }],
      ["three.pdf#page=2", 2, { paper: "lcrb", page: 6 }],
      ["three.pdf#page=3", 3, { paper: "lcrb", page: 7 }],
    ]);
    const unnumbered = await splitPdfSources([source("three.pdf")], read);
    expect(unnumbered.map((s) => s.meta.page)).toEqual([1, 2, 3]);
  });

  it("leaves a one-page PDF, a text page and an unreadable file as one source each", async () => {
    const split = await splitPdfSources(
      [source("one.pdf", { page: 3 }), source("p01.txt"), source("gone.pdf")],
      (s) => (s.path.endsWith("gone.pdf") ? { ok: false, reason: "no such file or folder" } : read(s)),
    );
    expect(split.map((s) => [s.file, s.pdfPage, s.meta.page])).toEqual([
      ["one.pdf", 1, 3],
      ["p01.txt", undefined, undefined],
      ["gone.pdf", 1, undefined],
    ]);
  });
});

describe("ingesting PDF pages", () => {
  it("stores every page of a PDF with its image, the whole file as raw input, and skips it when unchanged", async () => {
    tmp.put("tree/lcrb/2025-04-24/p01.pdf", THREE);
    tmp.put("tree/lcrb/2025-04-24/p04.pdf", minimalPdf([{ box: [40, 40, 500, 760] }]));
    tmp.put("tree/lcrb/2025-04-24/p05.pdf", "%PDF-1.7 cut short");
    const opened = openSqliteStore(":memory:");
    if (!opened.ok) throw new Error(opened.error);
    const store = opened.store;
    const found = discover([join(tmp.dir, "tree")], tmp.dir);
    const first = await ingestSources(store, found.sources, { maxBytes: 1e7 });
    expect(first.pages).toEqual({ added: 4, replaced: 0, unchanged: 0, failed: 1 });
    expect(first.failures).toEqual([
      { file: "tree/lcrb/2025-04-24/p05.pdf", reason: expect.stringMatching(/PDF/u) as string },
    ]);
    const issue = await store.getIssue("lcrb-2025-04-24-a");
    expect(issue?.pages.map((p) => [p.page, p.current.file, p.current.sha256])).toEqual([
      [1, "tree/lcrb/2025-04-24/p01.pdf#page=1", sha256Hex(THREE)],
      [2, "tree/lcrb/2025-04-24/p01.pdf#page=2", sha256Hex(THREE)],
      [3, "tree/lcrb/2025-04-24/p01.pdf#page=3", sha256Hex(THREE)],
      [4, "tree/lcrb/2025-04-24/p04.pdf", expect.any(String)],
    ]);
    expect(await store.rawInput(sha256Hex(THREE))).toEqual(THREE);
    for (const n of [1, 2, 3])
      expect(await store.pageImageInfo(`lcrb-2025-04-24-a-p0${n}`)).toMatchObject({
        format: "webp",
        width: 1400,
        pageWidth: 595,
        pageHeight: 842,
        sourcePage: n,
      });
    // A page without a text layer is kept for its picture, with a warning that it needs OCR for articles.
    expect(await store.pageImageInfo("lcrb-2025-04-24-a-p04")).not.toBeNull();
    expect(issue?.messages.map((m) => m.rule)).toContain("pdf/no-text");
    // Zones of each article are on its own PDF page.
    const article = await store.getArticle("lcrb-2025-04-24-a-p02-a01");
    expect(article?.article.zones?.every((z) => z.page === 2)).toBe(true);
    expect(article?.article.zones?.length).toBeGreaterThan(0);

    // Stats count the images and their bytes.
    const stats = await store.stats();
    expect(stats.images).toBe(4);
    let imageBytes = 0;
    for (const n of [1, 2, 3, 4])
      imageBytes += (await store.pageImageInfo(`lcrb-2025-04-24-a-p0${n}`))?.size ?? 0;
    expect(stats.bytes.images).toBe(imageBytes);
    expect(imageBytes).toBeGreaterThan(4 * 1000);

    const again = await ingestSources(store, found.sources, { maxBytes: 1e7 });
    expect(again.pages).toEqual({ added: 0, replaced: 0, unchanged: 4, failed: 1 });
    await store.close();
  });
});
