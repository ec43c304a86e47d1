// The ArchiveStore contract as one suite, run for every implementation (SQLite now, PostgreSQL later):
// `archiveStoreContract(name, open)` with `open` giving a fresh, empty store for each test.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { linkIssue } from "../link/index.js";
import { type Article, emptyArticle, type Page } from "../model/index.js";
import { sha256Hex } from "./digest.js";
import type { ArchiveStore, IssueInput, PageImageInput, PageInput } from "./types.js";

const art = (fields: Partial<Article>): Article => ({ ...emptyArticle(), ...fields });

/** A page as the parser would give it; the store keeps `raw` and `parsed` as they are. */
export function pageInput(
  page: number,
  articles: Article[],
  raw = `page ${page}\n${JSON.stringify(articles)}`,
): PageInput {
  const parsed: Page = {
    file: `lcrb-2025-04-24-p0${page}.txt`,
    paper: "聊城日报",
    paperId: "lcrb",
    date: "2025-04-24",
    page,
    pageName: null,
    articles: articles.map((a, i) => ({ ...a, id: `a0${i + 1}` })),
    removed: [],
    messages: [{ level: "info", rule: "test/note", message: `page ${page} parsed`, line: 1 }],
  };
  return { page, pageName: null, file: parsed.file, raw: new TextEncoder().encode(raw), parsed };
}

/** A page picture as a PDF ingest would give it (the bytes need not be a real image for the store). */
export function imageInput(sourcePage: number): PageImageInput {
  return {
    format: "webp",
    width: 1400,
    height: 1980,
    pageWidth: 841.89,
    pageHeight: 1190.55,
    sourcePage,
    bytes: new TextEncoder().encode(`RIFF....WEBP picture of PDF page ${sourcePage}`),
  };
}

export const issueOf = (...pages: PageInput[]): IssueInput => ({
  paper: "lcrb",
  date: "2025-04-24",
  edition: "a",
  paperName: null,
  pages,
});

export const PARK = art({
  title: "小河公园正式开园",
  paragraphs: ["今天上午，小河公园正式开园，市民"],
  continuesOn: 2,
});
export const FERRY = art({
  title: "运河渡口恢复通航",
  paragraphs: ["运河渡口今起恢复通航。"],
  continuesOn: 7,
});
export const PARK_TAIL = art({
  title: "小河公园正式开园",
  paragraphs: ["纷纷前来游览，樱花正艳。"],
  continuedFrom: 1,
});
export const STREET = art({ title: "东关老街焕新颜", paragraphs: ["东关老街改造完工，青石板路恢复旧貌。"] });

const ID = (page: number, n: number) => `lcrb-2025-04-24-a-p0${page}-a0${n}`;

export function archiveStoreContract(name: string, open: () => Promise<ArchiveStore>): void {
  describe(`ArchiveStore contract: ${name}`, () => {
    let store: ArchiveStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it("holds the paper registry", async () => {
      expect(await store.listPapers()).toContainEqual({ id: "lcrb", name: "聊城日报", formerNames: [] });
    });

    it("stores an issue's pages under stable ids and gives them back", async () => {
      const outcome = await store.ingestIssue(
        issueOf(pageInput(1, [PARK, FERRY]), pageInput(2, [STREET, PARK_TAIL])),
        linkIssue,
      );
      expect(outcome).toMatchObject({ id: "lcrb-2025-04-24-a", relinked: true, links: 1, linkMessages: 1 });
      expect(outcome.pages.map((p) => [p.id, p.status, p.version, p.articles])).toEqual([
        ["lcrb-2025-04-24-a-p01", "added", 1, 2],
        ["lcrb-2025-04-24-a-p02", "added", 1, 2],
      ]);
      const a = await store.getArticle(ID(2, 1));
      expect(a).toMatchObject({ paper: "lcrb", date: "2025-04-24", edition: "a", page: 2, position: 1 });
      expect(a?.article).toEqual({ ...STREET, id: ID(2, 1) });
      const issue = await store.getIssue("lcrb-2025-04-24-a");
      expect(issue?.paperName).toBe("聊城日报");
      expect(issue?.pages.map((p) => [p.page, p.articles.map((x) => x.id)])).toEqual([
        [1, [ID(1, 1), ID(1, 2)]],
        [2, [ID(2, 1), ID(2, 2)]],
      ]);
      expect(issue?.messages.filter((m) => m.stage === "parse")).toHaveLength(2);
      expect(await store.listIssues()).toEqual([
        { id: "lcrb-2025-04-24-a", paper: "lcrb", date: "2025-04-24", edition: "a", pages: 2, articles: 4 },
      ]);
      expect(await store.listIssues({ paper: "rmrb" })).toEqual([]);
      expect(await store.paperSpans()).toEqual([
        { id: "lcrb", name: "聊城日报", issues: 1, first: "2025-04-24", last: "2025-04-24" },
      ]);
    });

    it("changes nothing when the same pages come again", async () => {
      const input = issueOf(pageInput(1, [PARK, FERRY]), pageInput(2, [STREET, PARK_TAIL]));
      await store.ingestIssue(input, linkIssue);
      const before = await store.stats();
      const again = await store.ingestIssue(input, linkIssue);
      expect(again.relinked).toBe(false);
      expect(again.pages.map((p) => [p.status, p.version])).toEqual([
        ["unchanged", 1],
        ["unchanged", 1],
      ]);
      expect(await store.stats()).toEqual(before);
      expect(await store.pageVersions("lcrb-2025-04-24-a-p01")).toHaveLength(1);
    });

    it("replaces a changed page's parse, keeping every version and its raw bytes", async () => {
      const first = pageInput(1, [PARK, FERRY]);
      await store.ingestIssue(issueOf(first), linkIssue);
      const changed = pageInput(1, [{ ...PARK, title: "小河公园开园" }], "page 1, second edition");
      const outcome = await store.ingestIssue(issueOf(changed), linkIssue);
      expect(outcome.pages[0]).toMatchObject({ status: "replaced", version: 2, articles: 1 });
      const versions = await store.pageVersions("lcrb-2025-04-24-a-p01");
      expect(versions.map((v) => [v.version, v.sha256, v.size])).toEqual([
        [1, sha256Hex(first.raw), first.raw.byteLength],
        [2, sha256Hex(changed.raw), changed.raw.byteLength],
      ]);
      expect(await store.rawInput(sha256Hex(first.raw))).toEqual(first.raw);
      expect((await store.getArticle(ID(1, 1)))?.article.title).toBe("小河公园开园");
      expect(await store.getArticle(ID(1, 2))).toBeNull();
      expect((await store.getIssue("lcrb-2025-04-24-a"))?.pages[0]?.current.version).toBe(2);
      expect((await store.pageDigests({ paper: "lcrb", date: "2025-04-24", edition: "a" })).get(1)).toBe(
        sha256Hex(changed.raw),
      );
    });

    it("links jumps both ways and keeps a jump it cannot match as a message", async () => {
      await store.ingestIssue(
        issueOf(pageInput(1, [PARK, FERRY]), pageInput(2, [STREET, PARK_TAIL])),
        linkIssue,
      );
      const start = await store.getArticle(ID(1, 1));
      const tail = await store.getArticle(ID(2, 2));
      const link = { kind: "jump", from: ID(1, 1), to: ID(2, 2) };
      expect(start?.links).toEqual([expect.objectContaining(link)]);
      expect(tail?.links).toEqual(start?.links);
      expect(start?.links[0]?.confidence).toBeGreaterThan(0.5);
      const ferry = await store.getArticle(ID(1, 2));
      expect(ferry?.links).toEqual([]);
      expect(ferry?.messages).toEqual([
        expect.objectContaining({
          stage: "link",
          rule: "link/jump-target-missing",
          page: 1,
          article: ID(1, 2),
        }),
      ]);
    });

    it("relinks the issue when a later ingest brings the page a jump goes to", async () => {
      await store.ingestIssue(issueOf(pageInput(1, [PARK, FERRY])), linkIssue);
      expect((await store.getArticle(ID(1, 1)))?.messages.map((m) => m.rule)).toEqual([
        "link/jump-target-missing",
      ]);
      const outcome = await store.ingestIssue(issueOf(pageInput(2, [STREET, PARK_TAIL])), linkIssue);
      expect(outcome).toMatchObject({ relinked: true, links: 1 });
      const start = await store.getArticle(ID(1, 1));
      expect(start?.messages).toEqual([]);
      expect(start?.links.map((l) => l.to)).toEqual([ID(2, 2)]);
    });

    it("keeps hostile text byte for byte", async () => {
      const hostile = "<script>alert('x')</script>\u0000\r\n\u202e&amp;<b>";
      const raw = `${hostile}\n\u{20000}`;
      const input = pageInput(1, [art({ title: hostile, paragraphs: [hostile] })], raw);
      await store.ingestIssue(issueOf(input), linkIssue);
      const [version] = await store.pageVersions("lcrb-2025-04-24-a-p01");
      expect(await store.rawInput(version?.sha256 ?? "")).toEqual(new TextEncoder().encode(raw));
      expect((await store.getArticle(ID(1, 1)))?.article).toMatchObject({
        title: hostile,
        paragraphs: [hostile],
      });
    });

    it("writes nothing of an issue when linking fails", async () => {
      const before = await store.stats();
      const failing = () => {
        throw new Error("linker broke");
      };
      await expect(store.ingestIssue(issueOf(pageInput(1, [PARK])), failing)).rejects.toThrow("linker broke");
      expect(await store.stats()).toEqual(before);
      expect(await store.listIssues()).toEqual([]);
      expect(await store.paperSpans()).toEqual([]);
    });

    it("answers unknown ids with nothing", async () => {
      expect(await store.getArticle(ID(9, 9))).toBeNull();
      expect(await store.getIssue("lcrb-1999-01-01-a")).toBeNull();
      expect(await store.pageVersions("lcrb-1999-01-01-a-p01")).toEqual([]);
      expect(await store.rawInput("0".repeat(64))).toBeNull();
      expect((await store.pageDigests({ paper: "lcrb", date: "1999-01-01", edition: "a" })).size).toBe(0);
    });

    it("counts what it holds", async () => {
      await store.ingestIssue(
        issueOf(pageInput(1, [PARK, FERRY]), pageInput(2, [STREET, PARK_TAIL])),
        linkIssue,
      );
      await store.ingestIssue(issueOf(pageInput(2, [STREET, PARK_TAIL], "page 2 again, changed")), linkIssue);
      const s = await store.stats();
      expect(s).toMatchObject({ issues: 1, pages: 2, versions: 3, articles: 4, links: { jump: 1, toc: 0 } });
      expect(s.papers).toBeGreaterThanOrEqual(21);
      expect(s.linkMessages).toEqual({ "link/jump-target-missing": 1 });
      expect(s.messages).toEqual({ info: 3, warning: 0, error: 0 });
      expect(s.bytes.raw).toBeGreaterThan(0);
    });

    it("keeps a page's image with its version: current one by default, older ones by number", async () => {
      const P1 = "lcrb-2025-04-24-a-p01";
      const first = { ...pageInput(1, [PARK], "%PDF-1.7 page one"), image: imageInput(1) };
      await store.ingestIssue(issueOf(first, pageInput(2, [STREET])), linkIssue);
      const stored = await store.pageImage(P1);
      expect(stored).toEqual({
        ...first.image,
        version: 1,
        sha256: sha256Hex(first.image.bytes),
        size: first.image.bytes.byteLength,
      });
      const { bytes: _, ...info } = stored ?? { bytes: null };
      expect(await store.pageImageInfo(P1)).toEqual(info);
      expect(await store.pageImage("lcrb-2025-04-24-a-p02")).toBeNull();

      expect((await store.ingestIssue(issueOf(first), linkIssue)).pages[0]?.status).toBe("unchanged");
      expect(await store.pageImage(P1)).toEqual(stored);

      const second = { ...pageInput(1, [PARK], "%PDF-1.7 page one, corrected"), image: imageInput(2) };
      await store.ingestIssue(issueOf(second), linkIssue);
      expect(await store.pageImageInfo(P1)).toMatchObject({ version: 2, sourcePage: 2, width: 1400 });
      expect((await store.pageImage(P1, 1))?.bytes).toEqual(first.image.bytes);
      // A text version after a PDF one: the page has no picture now; the old one stays with its version.
      await store.ingestIssue(issueOf(pageInput(1, [PARK], "page one as text")), linkIssue);
      expect(await store.pageImageInfo(P1)).toBeNull();
      expect(await store.pageImageInfo(P1, 2)).toMatchObject({ version: 2 });
      expect(await store.pageImage("lcrb-1999-01-01-a-p01")).toBeNull();
    });

    it("files an unknown paper under its id", async () => {
      const input = { ...issueOf(pageInput(1, [STREET])), paper: "xyzb", paperName: "某某报" };
      await store.ingestIssue(input, linkIssue);
      expect(await store.listPapers()).toContainEqual({ id: "xyzb", name: "某某报", formerNames: [] });
      expect(await store.getArticle("xyzb-2025-04-24-a-p01-a01")).not.toBeNull();
    });
  });
}
