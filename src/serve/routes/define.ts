// How a route is declared once and becomes Hono handlers plus OpenAPI entries: a page route is an HTML page
// and its .json twin (same loader, same data), with the other trailing-slash form redirecting to it.
import { createHash } from "node:crypto";
import type { Context, Hono } from "hono";
import type { ArchiveReader } from "../archive.js";
import type { Settings } from "../settings.js";
import { jsonTwin } from "../urls.js";
import { layout, type PageView } from "../views/layout.js";

/**
 * What a request carries besides the Request: node-server passes the raw IncomingMessage (security.ts); a
 * text answer leaves its body as `body` for the response cache (cache.ts), which reading it back would cost.
 */
export type Env = { Bindings: { incoming?: { url?: string } }; Variables: { body: string | undefined } };
export type App = Hono<Env>;

export interface AppContext {
  reader: ArchiveReader;
  settings: Settings;
  log: (text: string) => void;
}

export interface PathParam {
  name: string;
  /** The Hono route regex (and OpenAPI pattern) of the whole segment. */
  pattern: string;
  description: string;
  example: string;
}

export interface QueryParam {
  name: string;
  type: "string" | "integer";
  description: string;
}

export type Produces =
  | "text/html"
  | "application/json"
  | "application/rss+xml"
  | "application/atom+xml"
  | "text/css"
  | "image/svg+xml"
  | "image/webp"
  | "image/png"
  | "text/plain"
  | "redirect";

/** One method + path the app answers, as the OpenAPI document describes it. */
export interface Endpoint {
  /** OpenAPI form: /{paper}/{issue}/{page}.json */
  path: string;
  /** Hono form: /:paper{[a-z]…}/… */
  hono: string;
  summary: string;
  params: readonly PathParam[];
  query: readonly QueryParam[];
  produces: Produces;
  tag: string;
}

export interface AppRoute {
  endpoints: readonly Endpoint[];
  register(app: App, ctx: AppContext): void;
}

/** A request as a loader sees it: path parameters without the .json suffix, the query, the site's origin. */
export interface LoadRequest {
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  /** Absolute origin for links that leave the site (feeds, share, citation): base_url or the request's. */
  origin: string;
}

export interface Loaded<D> {
  data: D;
  /** The HTML path of what was loaded; a request for another spelling (p01, a04, -a) is redirected there. */
  canonical: string;
  /** ISO timestamp of the newest stored input behind the page (Last-Modified). */
  lastModified?: string | undefined;
}

export interface PageSpec<D extends object> {
  name: string;
  summary: string;
  /** OpenAPI form of the HTML page's path; the JSON twin is jsonTwin(path). */
  path: string;
  params?: readonly PathParam[];
  query?: readonly QueryParam[];
  load(req: LoadRequest, ctx: AppContext): Promise<Loaded<D>>;
  view(data: D, req: LoadRequest): PageView;
}

/** /{paper}/{issue}/ → /:paper{…}/:issue{…}/; a template followed by .json takes the suffix into its regex. */
export function honoPath(path: string, params: readonly PathParam[]): string {
  return path.replace(/\{(\w+)\}(\.json)?/gu, (_, name: string, json: string | undefined) => {
    const param = params.find((p) => p.name === name);
    if (param === undefined) throw new Error(`route ${path}: no parameter spec for {${name}}`);
    return `:${name}{${param.pattern}${json === undefined ? "" : "\\.json"}}`;
  });
}

export function originOf(c: Context<Env>, settings: Settings): string {
  return settings.base_url !== "" ? settings.base_url : new URL(c.req.url).origin;
}

/** Reads the path parameters, dropping the .json suffix a twin's last segment carries. */
function readParams(c: Context<Env>, params: readonly PathParam[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of params) out[p.name] = (c.req.param(p.name) ?? "").replace(/\.json$/u, "");
  return out;
}

/** A strong ETag of the body (SHA-1, synchronous: ~20 µs for a page, far below the async WebCrypto path). */
export function etagOf(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** Whether an If-None-Match header names `tag` (weak or strong: a GET compares them weakly). */
export function etagMatches(held: string | null | undefined, tag: string): boolean {
  return held?.split(",").some((t) => t.trim().replace(/^W\//u, "") === tag) ?? false;
}

/** The body with its ETag, or 304 when the client holds it already. */
export function withEtag(c: Context<Env>, body: string, type: string): Response {
  const tag = etagOf(body);
  c.header("ETag", tag);
  if (etagMatches(c.req.header("If-None-Match"), tag)) return c.body(null, 304);
  c.set("body", body);
  return c.body(body, 200, { "Content-Type": type });
}

export function cacheHeaders(c: Context<Env>, settings: Settings, lastModified?: string): boolean {
  c.header("Cache-Control", `public, max-age=${settings.cache_max_age}`);
  if (lastModified === undefined) return false;
  const modified = new Date(lastModified);
  if (Number.isNaN(modified.getTime())) return false;
  c.header("Last-Modified", modified.toUTCString());
  const since = Date.parse(c.req.header("If-Modified-Since") ?? "");
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}

export function definePage<D extends object>(spec: PageSpec<D>): AppRoute {
  const params = spec.params ?? [];
  const query = spec.query ?? [];
  const json = jsonTwin(spec.path);
  const other = spec.path === "/" ? null : spec.path.endsWith("/") ? spec.path.slice(0, -1) : `${spec.path}/`;
  const endpoints: Endpoint[] = [
    {
      path: spec.path,
      hono: honoPath(spec.path, params),
      summary: spec.summary,
      params,
      query,
      produces: "text/html",
      tag: spec.name,
    },
    {
      path: json,
      hono: honoPath(json, params),
      summary: `${spec.summary} (JSON)`,
      params,
      query,
      produces: "application/json",
      tag: spec.name,
    },
  ];
  if (other !== null)
    endpoints.push({
      path: other,
      hono: honoPath(other, params),
      summary: `Redirects to ${spec.path}`,
      params,
      query: [],
      produces: "redirect",
      tag: spec.name,
    });

  const handle = (asJson: boolean, ctx: AppContext) => async (c: Context<Env>) => {
    const url = new URL(c.req.url);
    const req: LoadRequest = {
      params: readParams(c, params),
      query: url.searchParams,
      origin: originOf(c, ctx.settings),
    };
    const loaded = await spec.load(req, ctx);
    const asked = asJson ? htmlPathOf(url.pathname, spec.path) : url.pathname;
    if (loaded.canonical !== asked)
      return c.redirect(`${asJson ? jsonTwin(loaded.canonical) : loaded.canonical}${url.search}`, 301);
    if (cacheHeaders(c, ctx.settings, loaded.lastModified)) return c.body(null, 304);
    if (asJson)
      return withEtag(c, JSON.stringify({ ok: true, ...loaded.data }), "application/json; charset=utf-8");
    const page = layout(spec.view(loaded.data, req), jsonTwin(`${loaded.canonical}${url.search}`)).text;
    return withEtag(c, page, "text/html; charset=utf-8");
  };

  return {
    endpoints,
    register(app, ctx) {
      const [page, twin, redirect] = endpoints;
      if (page) app.get(page.hono, handle(false, ctx));
      if (twin) app.get(twin.hono, handle(true, ctx));
      if (redirect) app.get(redirect.hono, slashRedirect);
    },
  };
}

/** /lcrb → /lcrb/ and /…/a4/ → /…/a4, the query kept. */
export function slashRedirect(c: Context<Env>): Response {
  const url = new URL(c.req.url);
  const to = url.pathname.endsWith("/") ? url.pathname.slice(0, -1) : `${url.pathname}/`;
  return c.redirect(`${to}${url.search}`, 301);
}

/** The HTML path a JSON twin's path stands for, given the route's HTML path form. */
function htmlPathOf(jsonPath: string, routePath: string): string {
  if (jsonPath === "/index.json") return "/";
  const bare = jsonPath.replace(/\.json$/u, "");
  return routePath.endsWith("/") ? `${bare}/` : bare;
}
