// Every route over a real (temporary) archive, in-process with app.request(): pages and their JSON twins
// say the same, jumps link both ways, canonical spellings redirect, caches revalidate.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../cli/archive.test-support.js";
import { ingestCommand } from "../cli/ingest.js";
import { appFor, buildArchive, type TestArchive } from "./archive.test-support.js";
import type { App } from "./routes/define.js";
import { resolveSettings } from "./settings.js";

let archive: TestArchive;
let app: App;
let close = () => {};

beforeAll(async () => {
  archive = await buildArchive();
  ({ app, close } = appFor(archive.db));
}, 60_000);
afterAll(() => {
  close();
  archive.remove();
});

async function get(path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  return { res, status: res.status, text: await res.text() };
}

async function json<T = Record<string, unknown>>(path: string): Promise<T> {
  const { status, text } = await get(path);
  expect(status, path).toBe(200);
  return JSON.parse(text) as T;
}

/** Text as the HTML escapes it, to look for JSON values in pages. */
const escaped = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll('"', "&quot;");

describe("home and paper", () => {
  it("lists the papers and latest issues, as HTML and JSON", async () => {
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.res.headers.get("content-type")).toContain("text/html");
    expect(page.text).toContain('<html lang="zh-CN">');
    const data = await json<{
      ok: boolean;
      papers: { name: string; url: string }[];
      latest: { url: string }[];
    }>("/index.json");
    expect(data.ok).toBe(true);
    expect(data.papers.map((p) => p.name)).toEqual(["聊城日报"]);
    for (const i of data.latest) expect(page.text).toContain(`href="${i.url}"`);
    expect(data.latest.map((i) => i.url)).toEqual([
      "/lcrb/2025-04-26/",
      "/lcrb/2025-04-25/",
      "/lcrb/2025-04-24/",
    ]);
  });

  it("groups a paper's issues by month and offers its feeds", async () => {
    const page = await get("/lcrb/");
    const data = await json<{
      months: { month: string; issues: { url: string }[] }[];
      feeds: { rss: string };
    }>("/lcrb.json");
    expect(data.months.map((m) => m.month)).toEqual(["2025-04"]);
    for (const i of data.months[0]?.issues ?? []) expect(page.text).toContain(`href="${i.url}"`);
    expect(page.text).toContain('type="application/rss+xml" href="/lcrb/feed.rss"');
    // A calendar: the archived days link to their issues, the other days of April 2025 are plain.
    expect(page.text).toContain('<table class="calendar">');
    expect(page.text).toMatch(/<td><a href="\/lcrb\/2025-04-24\/"[^>]*>24<\/a><\/td>/u);
    expect(page.text).toContain('<td class="none">23</td>');
    expect(page.text).not.toContain('<td class="none">24</td>');
  });

  it("redirects the other trailing-slash spelling, keeping the query", async () => {
    const { res, status } = await get("/lcrb?year=2025");
    expect(status).toBe(301);
    expect(res.headers.get("location")).toBe("/lcrb/?year=2025");
    expect((await get("/lcrb/2025-04-24/p1/a4/")).res.headers.get("location")).toBe("/lcrb/2025-04-24/p1/a4");
  });

  it("answers a year without issues with 404 and a bad year with 400", async () => {
    expect((await get("/lcrb/?year=1999")).status).toBe(404);
    expect((await get("/lcrb/?year=abc")).status).toBe(400);
  });
});

describe("issue and page", () => {
  it("shows the issue's pages, the 今日导读 box and its neighbours", async () => {
    const page = await get("/lcrb/2025-04-24/");
    expect(page.status).toBe(200);
    expect(page.text).toContain("今日导读");
    expect(page.text).toContain("第2版不在本档案中");
    const data = await json<{ pages: { url: string }[]; next: { url: string } | null; previous: unknown }>(
      "/lcrb/2025-04-24.json",
    );
    expect(data.pages.map((p) => p.url)).toEqual(["/lcrb/2025-04-24/p1/"]);
    expect(data.previous).toBeNull();
    expect(data.next?.url).toBe("/lcrb/2025-04-25/");
    expect(page.text).toContain('rel="next" href="/lcrb/2025-04-25/"');
  });

  it("lists a page's articles in reading order, the JSON twin saying the same", async () => {
    const page = await get("/lcrb/2025-04-24/p1/");
    const data = await json<{
      articles: {
        title: string | null;
        label: string | null;
        kicker: string | null;
        url: string;
        kind: string;
      }[];
    }>("/lcrb/2025-04-24/p1.json");
    expect(data.articles).toHaveLength(7);
    for (const a of data.articles) {
      expect(page.text).toContain(a.kind === "toc" ? "今日导读" : `href="${a.url}"`);
      for (const field of [a.title, a.label, a.kicker])
        if (field !== null) expect(page.text).toContain(escaped(field));
    }
    const names = await json<{ pageName: string; next: { url: string } }>("/lcrb/2025-04-25/p1.json");
    expect(names.pageName).toBe("要闻");
    expect(names.next.url).toBe("/lcrb/2025-04-25/p2/");
  });
});

describe("article", () => {
  interface ArticleJson {
    article: {
      title: string;
      label: string | null;
      authors: { name: string }[];
      paragraphs: string[];
      dateline: { text: string } | null;
    };
    jumps: {
      continuesOn: { url: string | null; note: string | null } | null;
      continuedFrom: { url: string | null } | null;
    };
    story: { url: string; parts: { url: string }[] } | null;
    citation: string;
    share: string;
    previous: { url: string } | null;
    next: { url: string } | null;
  }

  it("shows every field of the JSON twin", async () => {
    const page = await get("/lcrb/2025-04-24/p1/a4");
    const data = await json<ArticleJson>("/lcrb/2025-04-24/p1/a4.json");
    const a = data.article;
    expect(a.label).toBe("高唐");
    for (const text of [a.title, a.label ?? "", a.dateline?.text ?? "", ...a.paragraphs, data.citation])
      expect(page.text).toContain(escaped(text));
    for (const author of a.authors)
      expect(page.text).toContain(
        `href="/search?author=${encodeURIComponent(author.name)}">${author.name}</a>`,
      );
    expect(data.citation).toBe("邹辉, 朱真. 14笔专利权质押融资 1.26亿元[N]. 聊城日报, 2025-04-24(1).");
    expect(data.share).toBe("http://localhost/lcrb/2025-04-24/p1/a4");
    expect(data.previous?.url).toBe("/lcrb/2025-04-24/p1/a3");
    expect(data.next?.url).toBe("/lcrb/2025-04-24/p1/a5");
  });

  it("says plainly that the sample's 下转第7版 leads out of the archive", async () => {
    const page = await get("/lcrb/2025-04-24/p1/a1");
    expect(page.text).toContain("（下转第7版）第7版不在本档案中 (page 7 is not in this archive)");
    const data = await json<ArticleJson>("/lcrb/2025-04-24/p1/a1.json");
    expect(data.jumps.continuesOn).toMatchObject({
      url: null,
      note: "第7版不在本档案中 (page 7 is not in this archive)",
    });
  });

  it("links a jumped story's parts both ways and to the stitched whole", async () => {
    const start = await json<ArticleJson>("/lcrb/2025-04-25/p1/a1.json");
    expect(start.jumps.continuesOn?.url).toBe("/lcrb/2025-04-25/p2/a1");
    expect(start.story?.url).toBe("/lcrb/2025-04-25/p1/a1/story");
    const startPage = await get("/lcrb/2025-04-25/p1/a1");
    expect(startPage.text).toContain('<a href="/lcrb/2025-04-25/p2/a1">（下转第2版）</a>');
    const rest = await get("/lcrb/2025-04-25/p2/a1");
    expect(rest.text).toContain('<a href="/lcrb/2025-04-25/p1/a1">（上接第1版）</a>');
    const whole = await json<ArticleJson & { kind: string }>("/lcrb/2025-04-25/p1/a1/story.json");
    expect(whole.kind).toBe("story");
    expect(whole.article.paragraphs.join("")).toContain("吸引大批市民前来游览。园内步道全长三公里");
    expect(whole.citation).toContain("2025-04-25(1, 2)");
    const fromPart = await get("/lcrb/2025-04-25/p2/a1/story");
    expect(fromPart.status).toBe(301);
    expect(fromPart.res.headers.get("location")).toBe("/lcrb/2025-04-25/p1/a1/story");
    const single = await get("/lcrb/2025-04-24/p1/a4/story.json");
    expect(single.res.headers.get("location")).toBe("/lcrb/2025-04-24/p1/a4.json");
  });

  it("redirects other spellings of an address to the canonical one", async () => {
    for (const [from, to] of [
      ["/lcrb/2025-04-24/p01/a04", "/lcrb/2025-04-24/p1/a4"],
      ["/lcrb/2025-04-24-a/p1/", "/lcrb/2025-04-24/p1/"],
      ["/lcrb/2025-04-24/p01.json", "/lcrb/2025-04-24/p1.json"],
    ] as const) {
      const { status, res } = await get(from);
      expect(status, from).toBe(301);
      expect(res.headers.get("location")).toBe(to);
    }
  });

  it("revalidates with ETag and Last-Modified", async () => {
    const first = await get("/lcrb/2025-04-24/p1/a4");
    const tag = first.res.headers.get("etag");
    const modified = first.res.headers.get("last-modified");
    expect(tag).toBeTruthy();
    expect(modified).toBeTruthy();
    expect(first.res.headers.get("cache-control")).toBe("public, max-age=60");
    expect((await get("/lcrb/2025-04-24/p1/a4", { headers: { "If-None-Match": tag ?? "" } })).status).toBe(
      304,
    );
    expect(
      (await get("/lcrb/2025-04-24/p1/a4", { headers: { "If-Modified-Since": modified ?? "" } })).status,
    ).toBe(304);
  });

  it("answers HEAD like GET without a body", async () => {
    const { status, text } = await get("/lcrb/2025-04-24/p1/a4", { method: "HEAD" });
    expect(status).toBe(200);
    expect(text).toBe("");
  });
});

describe("search", () => {
  interface SearchJson {
    total: number;
    hits: { url: string; snippet: string; title: string }[];
    facets: {
      paper: { value: string; count: number }[];
      year: { value: string }[];
      page: { value: string }[];
    };
    paging: { next: string | null; pages: unknown[] };
  }

  it("finds 双拥 with highlighted snippets, facets and the same hits in HTML and JSON", async () => {
    const data = await json<SearchJson>(`/search.json?q=${encodeURIComponent("双拥")}`);
    expect(data.total).toBe(1);
    expect(data.hits[0]?.url).toBe("/lcrb/2025-04-24/p1/a2");
    expect(data.hits[0]?.snippet).toContain("«双拥»");
    expect(data.facets.paper).toEqual([expect.objectContaining({ value: "lcrb", count: 1 })]);
    const page = await get(`/search?q=${encodeURIComponent("双拥")}`);
    expect(page.text).toContain("<mark>双拥</mark>");
    expect(page.text).not.toContain("«");
    expect(page.text).toContain(`href="${data.hits[0]?.url}"`);
    expect(page.text).toContain('<meta name="robots" content="noindex">');
  });

  it("filters by author, paper, dates, page and kind", async () => {
    const byAuthor = await json<SearchJson>(`/search.json?author=${encodeURIComponent("董雪")}`);
    expect(byAuthor.hits.map((h) => h.url)).toEqual(["/lcrb/2025-04-24/p1/a1"]);
    const q = encodeURIComponent("本报讯");
    const all = await json<SearchJson>(`/search.json?q=${q}`);
    expect(all.total).toBeGreaterThan(2);
    const day = await json<SearchJson>(`/search.json?q=${q}&from=2025-04-25&to=2025-04-25`);
    expect(day.hits.every((h) => h.url.startsWith("/lcrb/2025-04-25/"))).toBe(true);
    const page2 = await json<SearchJson>(`/search.json?q=${q}&page=2`);
    expect(page2.hits.every((h) => h.url.includes("/p2/"))).toBe(true);
    expect((await json<SearchJson>(`/search.json?q=${q}&paper=rmrb`)).total).toBe(0);
    expect((await json<SearchJson>(`/search.json?q=${q}&kind=photo`)).total).toBe(0);
  });

  it("pages through hits", async () => {
    const q = encodeURIComponent("本报讯");
    const first = await json<SearchJson>(`/search.json?q=${q}&limit=1`);
    expect(first.hits).toHaveLength(1);
    expect(first.paging.next).toBe(`/search?q=${q}&limit=1&offset=1`);
    const second = await json<SearchJson>(`/search.json?q=${q}&limit=1&offset=1`);
    expect(second.hits[0]?.url).not.toBe(first.hits[0]?.url);
    const beyond = await get(`/search?q=${q}&offset=500`);
    expect(beyond.status).toBe(200);
    expect(beyond.text).toContain(`href="/search?q=${q}">回到第一页</a>`);
  });

  it("helps before the first query and when nothing matches", async () => {
    expect((await get("/search")).text).toContain("输入关键词检索全部存档文章");
    const none = await get(`/search?q=${encodeURIComponent("不存在的词语组合")}&paper=lcrb`);
    expect(none.status).toBe(200);
    expect(none.text).toContain("没有找到相关文章");
    expect(none.text).toContain("去掉筛选条件再试");
  });

  it("counts exactly on ?exact=1 only where the setting exact_counts allows it", async () => {
    const q = encodeURIComponent("双拥");
    const off = await get(`/search.json?q=${q}&exact=1`);
    expect(off.status).toBe(400);
    expect(JSON.parse(off.text)).toMatchObject({ ok: false, status: 400 });
    expect(off.text).toContain("exact_counts");
    const settings = resolveSettings({ exact_counts: "1" });
    if (typeof settings === "string") throw new Error(settings);
    const on = appFor(archive.db, settings);
    try {
      const res = await on.app.request(`/search.json?q=${q}&exact=1`);
      expect(res.status).toBe(200);
      const data = (await res.json()) as SearchJson & { query: { exact: boolean }; approximate: unknown };
      expect(data.query.exact).toBe(true);
      expect(data.total).toBe((await json<SearchJson>(`/search.json?q=${q}`)).total);
      expect(data.approximate).toBeNull();
      expect((await on.app.request(`/search.json?q=${q}&exact=2`)).status).toBe(400);
    } finally {
      on.close();
    }
  });

  it("refuses filters it cannot use with 400", async () => {
    for (const bad of ["from=2025-13-45", "kind=poem", "page=x", "offset=-1"]) {
      const { status, text } = await get(`/search.json?q=a&${bad}`);
      expect(status, bad).toBe(400);
      expect(JSON.parse(text)).toMatchObject({ ok: false, status: 400 });
    }
  });
});

describe("errors", () => {
  const cases: [string, number, string][] = [
    ["/nopaper/", 404, "no paper 'nopaper'"],
    ["/lcrb/2025-05-01/", 404, "no issue of lcrb dated 2025-05-01"],
    ["/lcrb/2025-04-24/p9/", 404, "has no page 9"],
    ["/lcrb/2025-04-24/p1/a99", 404, "has no article 99"],
    ["/lcrb/2025-13-45/", 400, "'2025-13-45' is not a calendar date"],
    ["/lcrb/2025-02-30/p1/a1", 400, "not a calendar date"],
    ["/no/such/thing/here", 404, "nothing at /no/such/thing/here"],
  ];

  it.each(cases)("%s → %i as HTML and as {ok:false, error, status}", async (path, status, message) => {
    const page = await get(path);
    expect(page.status).toBe(status);
    expect(page.res.headers.get("content-type")).toContain("text/html");
    expect(page.text).toContain("回到首页");
    expect(page.res.headers.get("cache-control")).toBe("no-store");
    const twin = path.endsWith("/") ? `${path.slice(0, -1)}.json` : `${path}.json`;
    const res = await app.request(twin);
    expect(res.status).toBe(status);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["error", "ok", "status"]);
    expect(body).toMatchObject({ ok: false, status });
    expect(String(body.error)).toContain(message);
  });

  it("suggests nearby issues for a missing one", async () => {
    const page = await get("/lcrb/2025-04-23/");
    expect(page.text).toContain('href="/lcrb/2025-04-24/"');
  });
});

describe("an archive that changes while served", () => {
  it("shows an issue ingested by another connection on the next request", async () => {
    const before = await json<{ latest: { url: string }[] }>("/index.json");
    expect(before.latest.map((i) => i.url)).not.toContain("/lcrb/2025-04-27/");
    const page = "本报讯 今天天气晴朗，市民纷纷外出踏青，公园里游人如织。\n";
    const file = join(archive.dir, "later", "lcrb", "2025-04-27", "p01.txt");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `春日踏青\n\n${page}`);
    const stored = await run(ingestCommand, [join(archive.dir, "later"), "--db", archive.db], {
      cwd: archive.dir,
    });
    expect(stored.code).toBe(0);
    const after = await json<{ latest: { url: string }[] }>("/index.json");
    expect(after.latest[0]?.url).toBe("/lcrb/2025-04-27/");
    expect((await get("/lcrb/2025-04-26/")).text).toContain('rel="next" href="/lcrb/2025-04-27/"');
  });
});
