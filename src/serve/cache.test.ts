// The response cache: a page asked again comes from memory until the archive's generation moves; conditional
// requests get 304 from it; errors and other content types are never kept; the byte bound evicts the oldest.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { ResponseCache, responseCache } from "./cache.js";
import { type Env, withEtag } from "./routes/define.js";

function appWith(cache: ResponseCache, generation: () => number) {
  let renders = 0;
  const app = new Hono<Env>();
  app.use(responseCache(cache, generation));
  app.get("/page/:n", (c) => {
    renders++;
    c.header("ETag", `"e${c.req.param("n")}"`);
    return c.html(`<p>page ${c.req.param("n")} render ${renders}</p>`);
  });
  // A route answering through withEtag hands its body to the cache (no clone of the Response).
  app.get("/tagged/:n", (c) => {
    renders++;
    return withEtag(c, `<p>tagged ${c.req.param("n")} render ${renders}</p>`, "text/html; charset=utf-8");
  });
  app.get("/missing", (c) => c.html("gone", 404));
  app.get("/image", (c) => c.body("bytes", 200, { "Content-Type": "image/webp" }));
  return { app, renders: () => renders };
}

describe("response cache", () => {
  it("answers a page asked again from memory, until the generation moves", async () => {
    let generation = 1;
    const cache = new ResponseCache(1 << 20);
    const { app, renders } = appWith(cache, () => generation);
    const first = await (await app.request("/page/1")).text();
    const second = await app.request("/page/1");
    expect(await second.text()).toBe(first);
    expect(second.headers.get("Content-Type")).toContain("text/html");
    expect(renders()).toBe(1);
    await app.request("/page/1?x=1"); // another query is another page
    expect(renders()).toBe(2);
    generation = 2;
    expect(await (await app.request("/page/1")).text()).not.toBe(first);
    expect(renders()).toBe(3);
    expect(cache.hits).toBe(1);
  });

  it("keeps the body a route wrote through withEtag, with its ETag", async () => {
    const { app, renders } = appWith(new ResponseCache(1 << 20), () => 1);
    const first = await app.request("/tagged/3");
    const body = await first.text();
    const second = await app.request("/tagged/3");
    expect(await second.text()).toBe(body);
    expect(body).toBe("<p>tagged 3 render 1</p>");
    expect(second.headers.get("ETag")).toBe(first.headers.get("ETag"));
    expect(renders()).toBe(1);
  });

  it("answers a conditional request with 304 from memory", async () => {
    const { app, renders } = appWith(new ResponseCache(1 << 20), () => 1);
    await app.request("/page/2");
    const again = await app.request("/page/2", { headers: { "If-None-Match": '"e2"' } });
    expect(again.status).toBe(304);
    expect(again.headers.get("ETag")).toBe('"e2"');
    expect(renders()).toBe(1);
  });

  it("keeps neither errors nor images", async () => {
    const cache = new ResponseCache(1 << 20);
    const { app } = appWith(cache, () => 1);
    for (const path of ["/missing", "/missing", "/image", "/image"]) await app.request(path);
    expect(cache.size.entries).toBe(0);
  });

  it("stays within its bytes, dropping the least recently used first", async () => {
    const cache = new ResponseCache(8 * 1024);
    const { app, renders } = appWith(cache, () => 1);
    for (let n = 0; n < 20; n++) await app.request(`/page/${n}`);
    expect(cache.size.bytes).toBeLessThanOrEqual(8 * 1024);
    expect(cache.size.entries).toBeGreaterThan(1);
    const before = renders();
    await app.request("/page/19"); // the newest is still there
    expect(renders()).toBe(before);
    await app.request("/page/0"); // the oldest went
    expect(renders()).toBe(before + 1);
  });

  it("keeps nothing without a generation to tell changes by", async () => {
    const cache = new ResponseCache(1 << 20);
    const app = new Hono<Env>();
    app.use(responseCache(cache, undefined));
    app.get("/", (c) => c.html("home"));
    await app.request("/");
    await app.request("/");
    expect(cache.size.entries).toBe(0);
  });
});
