// The reader under hostile input: markup and javascript: links in archive text render inert, traversal
// and oversized requests are refused, every response carries the security headers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appFor, buildArchive, type TestArchive } from "./archive.test-support.js";
import type { App } from "./routes/define.js";
import { CONTENT_SECURITY_POLICY, targetProblem } from "./security.js";

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

/** The tags of a page that could run something: script-capable elements, on* handlers, javascript: URLs. */
function activeTags(page: string): string[] {
  const active = (tag: string): boolean => {
    if (/^<(script|img|svg|iframe|object|embed)\b/iu.test(tag)) return true;
    for (const a of tag.matchAll(/\s([^\s=>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu)) {
      const [, name = "", ...values] = a;
      const value = values.find((v) => v !== undefined) ?? "";
      if (/^on/iu.test(name) || /^\s*javascript:/iu.test(value)) return true;
    }
    return false;
  };
  return [...page.matchAll(/<[a-z][^>]*>/giu)].map((m) => m[0]).filter(active);
}

describe("hostile archive text", () => {
  it("(the checker itself finds active markup, and only that)", () => {
    expect(
      activeTags('<p><img src=x onerror="alert(1)"><a href=" javascript:x">x</a><b onclick=y>'),
    ).toHaveLength(3);
    expect(activeTags('<meta content="a onload=b"><a href="/x">javascript: as text</a>')).toEqual([]);
  });

  it("renders inert on every page that shows it", async () => {
    const paths = [
      "/lcrb/2025-04-26/",
      "/lcrb/2025-04-26/p1/",
      "/lcrb/2025-04-26/p1/a1",
      "/lcrb/2025-04-26/p1/a2",
      `/search?q=${encodeURIComponent("防火")}`,
    ];
    for (const path of paths) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      const text = await res.text();
      expect(activeTags(text), path).toEqual([]);
    }
    const article = await (await app.request("/lcrb/2025-04-26/p1/a1")).text();
    expect(article).toContain("&lt;script&gt;alert(&quot;xss-title&quot;)&lt;/script&gt;春季防火安全提示");
    expect(article).toContain("&lt;a href=&quot;javascript:alert(2)&quot;&gt;");
  });

  it("keeps the text as data in the JSON twin", async () => {
    const res = await app.request("/lcrb/2025-04-26/p1/a1.json");
    expect(res.headers.get("content-type")).toContain("application/json");
    const data = (await res.json()) as { article: { title: string } };
    expect(data.article.title).toBe('<script>alert("xss-title")</script>春季防火安全提示');
  });

  it("escapes a hostile query echoed in the search page", async () => {
    const q = encodeURIComponent('"><script>alert(1)</script>');
    const text = await (await app.request(`/search?q=${q}&author=${q}`)).text();
    expect(activeTags(text)).toEqual([]);
    expect(text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("request targets", () => {
  it.each([
    "/lcrb/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/static/..%2f..%2fpackage.json",
    "/lcrb/..%5c..%5cwindows",
    "/lcrb/%00/",
    "/lcrb/%zz/",
  ])("refuses %s with 400", async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(400);
    const twin = await app.request(`${path}.json`);
    expect(await twin.json()).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses dot segments as they come over the wire (before URL parsing removes them)", async () => {
    for (const raw of ["/../../etc/passwd", "/static/../../package.json", "/lcrb/..\\..\\x"]) {
      const res = await app.request("/etc/passwd", {}, { incoming: { url: raw } });
      expect(res.status, raw).toBe(400);
    }
  });

  it("refuses long URLs with 414, as JSON on a .json path", async () => {
    const q = encodeURIComponent("中".repeat(600));
    expect((await app.request(`/search?q=${q}`)).status).toBe(414);
    const twin = await app.request(`/search.json?q=${q}`);
    expect(twin.status).toBe(414);
    expect(await twin.json()).toMatchObject({ ok: false, status: 414 });
    expect((await app.request(`/search?q=${encodeURIComponent("中".repeat(100))}`)).status).toBe(200);
  });

  it("is read-only: other methods get 405 with Allow, bodies 413", async () => {
    const post = await app.request("/search", { method: "POST", body: "x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    const body = await app.request("/", { headers: { "Content-Length": "5" } });
    expect(body.status).toBe(413);
  });

  it("names what is wrong with a target", () => {
    expect(targetProblem("/lcrb/2025-04-24/p1/a4?q=..")).toBeNull();
    expect(targetProblem("/a/./b")).toContain("dot segment");
    expect(targetProblem("/a%2Fb")).toContain("encoded slash");
  });
});

describe("headers", () => {
  it.each([
    "/",
    "/lcrb/2025-04-24/p1/a4",
    "/lcrb/2025-04-24/p1/a4.json",
    "/nothing/here/at/all",
    "/static/style.css",
  ])("%s carries CSP without inline script, nosniff, referrer and frame policies", async (path) => {
    const res = await app.request(path);
    expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|script-src/u);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });

  it("has no inline script or style anywhere in a page", async () => {
    const text = await (await app.request("/lcrb/2025-04-24/p1/a1")).text();
    expect(text).not.toMatch(/<script|<style|\sstyle=/iu);
  });
});
