// The facsimile over an archive holding a page as a PDF ingest stores it (made-up articles with zones, a
// page image), in-process with app.request(): the image route's caching, the page's zones in HTML and JSON,
// the article's way back to its zones; pages from text show no image.

import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run, tempDir } from "../cli/archive.test-support.js";
import { getCommand } from "../cli/get.js";
import { linkIssue } from "../link/index.js";
import { type Article, emptyArticle, type Page } from "../model/index.js";
import { issueOf } from "../store/contract.test-suite.js";
import { archiveSearchIndex, openSqliteStore, sha256Hex } from "../store/index.js";
import { appFor } from "./archive.test-support.js";
import type { App } from "./routes/define.js";
import { boundsOf, zonesOn } from "./routes/facsimile.js";

const IMAGE = new TextEncoder().encode("RIFF\0\0\0\0WEBP a picture of the page");
const BOX = { pageWidth: 800, pageHeight: 1200, sourcePage: 1 };

const art = (fields: Partial<Article>): Article => ({ ...emptyArticle(), ...fields });
const ARTICLES: Article[] = [
  art({
    title: "小河公园正式开园",
    paragraphs: ["本报讯 今天上午，小河公园正式开园。"],
    // Two column pieces, and a zone of another PDF page that must not show on this one.
    zones: [
      { page: 1, x: 40, y: 60, w: 350, h: 400 },
      { page: 1, x: 410, y: 60, w: 350, h: 200 },
      { page: 2, x: 0, y: 0, w: 10, h: 10 },
    ],
  }),
  art({
    title: "东关老街焕新颜",
    paragraphs: ["东关老街改造完工。"],
    zones: [{ page: 1, x: 40, y: 500, w: 720, h: 300 }],
  }),
  art({ title: "运河渡口恢复通航", paragraphs: ["运河渡口今起恢复通航。"] }),
];

let app: App;
let close = () => {};
let remove = () => {};
let db = "";

beforeAll(async () => {
  const tmp = tempDir("banmian-facsimile-");
  remove = tmp.remove;
  db = join(tmp.dir, "archive.db");
  const opened = openSqliteStore(db, { search: archiveSearchIndex });
  if (!opened.ok) throw new Error(opened.error);
  const page = (n: number, articles: Article[]): Page => ({
    file: `lcrb-2025-04-24-p0${n}.pdf`,
    paper: "聊城日报",
    paperId: "lcrb",
    date: "2025-04-24",
    page: n,
    pageName: null,
    articles,
    removed: [],
    messages: [],
  });
  const raw = (n: number) => new TextEncoder().encode(`%PDF-1.7 page ${n}`);
  await opened.store.ingestIssue(
    issueOf(
      {
        page: 1,
        pageName: null,
        file: "lcrb-2025-04-24-p01.pdf",
        raw: raw(1),
        parsed: page(1, ARTICLES),
        image: { format: "webp", width: 1400, height: 2100, ...BOX, bytes: IMAGE },
      },
      { page: 2, pageName: null, file: "p02.txt", raw: raw(2), parsed: page(2, [ARTICLES[2] as Article]) },
    ),
    linkIssue,
  );
  await opened.store.close();
  ({ app, close } = appFor(db));
});
afterAll(() => {
  close();
  remove();
});

const VERSION = sha256Hex(IMAGE).slice(0, 16);
const IMAGE_URL = `/lcrb/2025-04-24/p1/image.webp?v=${VERSION}`;

describe("the page image route", () => {
  it("serves the stored bytes as WebP, for a year when pinned to its version", async () => {
    const res = await app.request(IMAGE_URL);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/webp");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("etag")).toBe(`"${sha256Hex(IMAGE)}"`);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(IMAGE);
    const head = await app.request(IMAGE_URL, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(IMAGE.byteLength));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    const plain = await app.request("/lcrb/2025-04-24/p1/image.webp");
    expect(plain.headers.get("cache-control")).toBe("public, max-age=60");
    expect(plain.headers.get("last-modified")).not.toBeNull();
  });

  it("answers 304 to its ETag, redirects other spellings, and says which pages have no image", async () => {
    const etag = (await app.request(IMAGE_URL)).headers.get("etag") ?? "";
    const again = await app.request(IMAGE_URL, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect((await app.request(IMAGE_URL, { headers: { "If-None-Match": '"other"' } })).status).toBe(200);
    for (const other of ["/lcrb/2025-04-24/p01/image.webp", "/lcrb/2025-04-24/p1/image.png"]) {
      const res = await app.request(`${other}?v=${VERSION}`);
      expect(res.status, other).toBe(301);
      expect(res.headers.get("location")).toBe(IMAGE_URL);
    }
    const text = await app.request("/lcrb/2025-04-24/p2/image.webp");
    expect(text.status).toBe(404);
    expect(await text.text()).toContain("本版没有版面图");
    expect((await app.request("/lcrb/2025-04-24/p9/image.webp")).status).toBe(404);
  });
});

describe("the page with its image", () => {
  it("lists the image and each article's zones on it in the JSON twin", async () => {
    const data = (await (await app.request("/lcrb/2025-04-24/p1.json")).json()) as {
      image: Record<string, unknown>;
      articles: { url: string; zones: unknown[] }[];
    };
    expect(data.image).toEqual({
      url: IMAGE_URL,
      format: "webp",
      width: 1400,
      height: 2100,
      pageWidth: 800,
      pageHeight: 1200,
    });
    expect(data.articles.map((a) => a.zones)).toEqual([
      [
        { x: 40, y: 60, w: 350, h: 400 },
        { x: 410, y: 60, w: 350, h: 200 },
      ],
      [{ x: 40, y: 500, w: 720, h: 300 }],
      [],
    ]);
  });

  it("draws the image with one link per article over its zones, and none for an article without", async () => {
    const html = await (await app.request("/lcrb/2025-04-24/p1/")).text();
    expect(html).toContain('<svg viewBox="0 0 800 1200"');
    expect(html).toContain(`<image href="${IMAGE_URL}"`);
    const links = [
      ...html.matchAll(
        /<a href="([^"]+)" id="(z-\d+)"><title>([^<]+)<\/title>((?:<rect[^>]+><\/rect>)+)<\/a>/gu,
      ),
    ];
    expect(links.map((m) => [m[1], m[2], m[3], m[4]?.split("<rect").length ?? 0])).toEqual([
      ["/lcrb/2025-04-24/p1/a1", "z-1", "1. 小河公园正式开园", 3],
      ["/lcrb/2025-04-24/p1/a2", "z-2", "2. 东关老街焕新颜", 2],
    ]);
    expect(html).toContain('<rect x="410" y="60" width="350" height="200"></rect>');
    expect(html).not.toContain("style=");
  });

  it("shows no image on a page from text", async () => {
    const html = await (await app.request("/lcrb/2025-04-24/p2/")).text();
    expect(html).not.toContain("<svg");
    expect(
      ((await (await app.request("/lcrb/2025-04-24/p2.json")).json()) as { image: unknown }).image,
    ).toBeNull();
  });

  it("links an article back to its zones on the page, with its crop of the image", async () => {
    const html = await (await app.request("/lcrb/2025-04-24/p1/a1")).text();
    expect(html).toContain(' · <a href="/lcrb/2025-04-24/p1/#z-1">在版面上查看</a>');
    expect(html).toContain("<summary>本文在版面上的原样</summary>");
    expect(html).toContain('<svg viewBox="40 60 720 400" width="1260" height="700"');
    const data = (await (await app.request("/lcrb/2025-04-24/p1/a3.json")).json()) as { onPage: unknown };
    expect(data.onPage).toBeNull();
  });
});

describe("zones", () => {
  it("keeps the image's PDF page, cut to the page box, and drops boxes left empty", () => {
    const a = art({
      zones: [
        { page: 1, x: -10, y: 1100, w: 100, h: 300 },
        { page: 1, x: 900, y: 10, w: 50, h: 50 },
        { page: 1, x: 10, y: 10, w: Number.NaN, h: 5 },
        { page: 3, x: 10, y: 10, w: 5, h: 5 },
      ],
    });
    expect(zonesOn(a, BOX)).toEqual([{ x: 0, y: 1100, w: 90, h: 100 }]);
    expect(zonesOn(art({}), BOX)).toEqual([]);
  });

  it("bounds an article's zones for its crop", () => {
    expect(boundsOf([])).toBeNull();
    expect(
      boundsOf([
        { x: 40, y: 60, w: 350, h: 400 },
        { x: 410, y: 60, w: 350, h: 200 },
      ]),
    ).toEqual({ x: 40, y: 60, w: 720, h: 400 });
  });
});

describe("banmian get of a page image", () => {
  it("writes the image's bytes as they are, and on a terminal a note instead", async () => {
    const piped = await run(getCommand, ["/lcrb/2025-04-24/p1/image.webp", "--db", db], { cwd: "/" });
    expect(piped).toMatchObject({ code: 0, out: "", err: "" });
    expect(new Uint8Array(piped.bytes)).toEqual(IMAGE);
    const tty = await run(getCommand, ["/lcrb/2025-04-24/p1/image.webp", "--db", db], {
      cwd: "/",
      tty: true,
    });
    expect(tty).toMatchObject({ code: 0, out: "" });
    expect(tty.bytes.length).toBe(0);
    expect(tty.err).toContain(`image/webp, ${IMAGE.length} bytes not printed on a terminal`);
  });
});
