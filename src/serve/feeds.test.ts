// Feeds per paper and per page name: well-formed XML (hostile text included), items linking into the
// reader, 404 for what the archive does not have.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xml2js } from "xml-js";
import { appFor, buildArchive, PAGE_NAMES, type TestArchive } from "./archive.test-support.js";
import type { App } from "./routes/define.js";

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

type Node = {
  name?: string;
  elements?: Node[];
  text?: string;
  cdata?: string;
  attributes?: Record<string, string>;
};

/** Parses strictly (xml-js uses sax in strict mode: malformed XML throws). */
function parse(text: string): Node {
  return xml2js(text, { compact: false }) as Node;
}

const children = (node: Node | undefined, name: string): Node[] =>
  (node?.elements ?? []).filter((e) => e.name === name);
const textOf = (node: Node | undefined): string =>
  (node?.elements ?? []).map((e) => e.text ?? e.cdata ?? "").join("");

describe("feeds", () => {
  it("gives RSS 2.0 with items linking to articles", async () => {
    const res = await app.request("/lcrb/feed.rss");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const channel = children(children(parse(await res.text()), "rss")[0], "channel")[0];
    const items = children(channel, "item");
    expect(items.length).toBeGreaterThan(5);
    const titles = items.map((i) => textOf(children(i, "title")[0]));
    expect(titles).toContain('<script>alert("xss-title")</script>春季防火安全提示');
    const links = items.map((i) => textOf(children(i, "link")[0]));
    expect(links).toContain("http://localhost/lcrb/2025-04-24/p1/a4");
    expect(res.headers.get("etag")).toBeTruthy();
  });

  it("gives Atom with entries, newest issue first", async () => {
    const res = await app.request("/lcrb/feed.atom");
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const feed = children(parse(await res.text()), "feed")[0];
    const entries = children(feed, "entry");
    expect(entries.length).toBeGreaterThan(5);
    const first = children(entries[0], "link")[0]?.attributes?.href ?? "";
    expect(first).toContain("/lcrb/2025-04-26/");
  });

  it("gives a feed per page name", async () => {
    const name = encodeURIComponent(PAGE_NAMES[1] ?? "");
    const res = await app.request(`/lcrb/pages/${name}/feed.rss`);
    expect(res.status).toBe(200);
    const items = children(children(children(parse(await res.text()), "rss")[0], "channel")[0], "item");
    expect(items.map((i) => textOf(children(i, "link")[0]))).toEqual([
      "http://localhost/lcrb/2025-04-25/p2/a1",
      "http://localhost/lcrb/2025-04-25/p2/a2",
    ]);
    expect((await app.request(`/lcrb/pages/${name}/feed.atom`)).status).toBe(200);
  });

  it("answers 404 for an unknown paper or page name", async () => {
    expect((await app.request("/nopaper/feed.rss")).status).toBe(404);
    expect((await app.request(`/lcrb/pages/${encodeURIComponent("体育")}/feed.atom`)).status).toBe(404);
  });
});
