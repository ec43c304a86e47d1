// The OpenAPI document describes every route the app registers, and each described path answers.
import { describe, expect, it } from "vitest";
import { createApp, ROUTES } from "./app.js";
import type { ReaderSources } from "./archive.js";

const empty: ReaderSources = {
  store: {
    listPapers: async () => [],
    pageDigests: async () => new Map(),
    ingestIssue: async () => {
      throw new Error("read-only");
    },
    getArticle: async () => null,
    getIssue: async () => null,
    listIssues: async () => [],
    paperSpans: async () => [],
    pageVersions: async () => [],
    rawInput: async () => null,
    pageImage: async () => null,
    pageImageInfo: async () => null,
    stats: async () => {
      throw new Error("unused");
    },
    close: async () => {},
  },
  search: {
    upsert: () => {},
    remove: () => {},
    search: () => ({ total: 0, hits: [], facets: { paper: {}, year: {}, page: {} } }),
  },
};

interface Doc {
  openapi: string;
  paths: Record<
    string,
    { get: { parameters: { name: string; in: string }[]; responses: Record<string, unknown> } }
  >;
}

describe("/openapi.json", () => {
  it("is OpenAPI 3.1 and lists every route the app registers", async () => {
    const app = createApp(empty);
    const doc = (await (await app.request("/openapi.json")).json()) as Doc;
    expect(doc.openapi).toBe("3.1.0");
    const endpoints = ROUTES.flatMap((r) => r.endpoints);
    const registered = new Set(app.routes.filter((r) => r.method === "GET").map((r) => r.path));
    expect(new Set(endpoints.map((e) => e.hono))).toEqual(registered);
    for (const e of endpoints) expect(Object.keys(doc.paths), e.path).toContain(e.path);
    expect(Object.keys(doc.paths)).toHaveLength(endpoints.length);
  });

  it("documents the pages, their JSON twins, feeds and the error shape", async () => {
    const doc = (await (await createApp(empty).request("/openapi.json")).json()) as Doc & {
      components: { schemas: { Error: { required: string[] } } };
    };
    for (const path of [
      "/",
      "/index.json",
      "/search",
      "/search.json",
      "/{paper}/",
      "/{paper}.json",
      "/{paper}/{issue}/",
      "/{paper}/{issue}.json",
      "/{paper}/{issue}/{page}/",
      "/{paper}/{issue}/{page}.json",
      "/{paper}/{issue}/{page}/{article}",
      "/{paper}/{issue}/{page}/{article}.json",
      "/{paper}/feed.rss",
      "/{paper}/feed.atom",
      "/{paper}/pages/{name}/feed.rss",
      "/openapi.json",
    ])
      expect(doc.paths[path], path).toBeDefined();
    expect(doc.components.schemas.Error.required).toEqual(["ok", "error", "status"]);
    const article = doc.paths["/{paper}/{issue}/{page}/{article}.json"]?.get;
    expect(article?.parameters.map((p) => p.name)).toEqual(["paper", "issue", "page", "article"]);
    expect(Object.keys(article?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400", "404"]));
  });

  it("has every described path answer with what it says (an example request each)", async () => {
    const app = createApp(empty);
    const doc = (await (await app.request("/openapi.json")).json()) as Doc;
    const examples: Record<string, string> = {
      paper: "lcrb",
      issue: "2025-04-24",
      page: "p1",
      article: "a4",
      name: "yaowen",
    };
    for (const [path, item] of Object.entries(doc.paths)) {
      const url = path.replace(/\{(\w+)\}/gu, (_, n: string) => examples[n] ?? n);
      const res = await app.request(url);
      // The empty archive has no paper lcrb: archive paths answer 404 with the error shape, others 200/301.
      expect(Object.keys(item.get.responses), `${url} → ${res.status}`).toContain(String(res.status));
    }
  });
});
