// The web reader as a Hono app over an archive store and its search index: security first, then the
// routes (fixed paths before parameterised ones), one error handler for everything that fails.
import type { Context } from "hono";
import { Hono } from "hono";
import { ArchiveReader, type ReaderSources } from "./archive.js";
import { ResponseCache, responseCache } from "./cache.js";
import { errorJson, type HttpError, notFound, toHttpError, wantsJson } from "./errors.js";
import { FEED_ROUTES } from "./feeds.js";
import { openApiRoute } from "./openapi.js";
import {
  type App,
  type AppContext,
  type AppRoute,
  ARCHIVE_PAGE_ROUTES,
  ASSET_ROUTES,
  type Env,
  FIXED_PAGE_ROUTES,
} from "./routes/index.js";
import { requestGuard, securityHeaders } from "./security.js";
import { DEFAULT_SETTINGS, type Settings } from "./settings.js";
import { errorView } from "./views/error.js";
import { layout } from "./views/index.js";

// Fixed paths first: /search.json must not be read as a paper called "search", /lcrb/feed.rss as an issue.
const CONTENT_ROUTES: readonly AppRoute[] = [
  ...ASSET_ROUTES,
  ...FIXED_PAGE_ROUTES,
  ...FEED_ROUTES,
  ...ARCHIVE_PAGE_ROUTES,
];

/** Every route the app answers, /openapi.json included. */
export const ROUTES: readonly AppRoute[] = (() => {
  const api = openApiRoute(CONTENT_ROUTES);
  return [api, ...CONTENT_ROUTES];
})();

export interface AppOptions {
  settings?: Settings;
  /** Where unexpected errors are reported (stack traces never reach the client). */
  log?: (text: string) => void;
}

function respond(c: Context<Env>, error: HttpError): Response {
  const headers = { "Cache-Control": "no-store", ...error.headers };
  if (wantsJson(c)) return c.json(errorJson(error), error.status, headers);
  return c.html(layout(errorView(error), null).text, error.status, headers);
}

export function createApp(sources: ReaderSources, options: AppOptions = {}): App {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const log = options.log ?? ((text: string) => process.stderr.write(text));
  const ctx: AppContext = { reader: new ArchiveReader(sources), settings, log };
  const app = new Hono<Env>();
  app.use(securityHeaders());
  app.use(requestGuard(settings));
  if (settings.response_cache_mb > 0)
    app.use(responseCache(new ResponseCache(settings.response_cache_mb * 2 ** 20), sources.version));
  for (const route of ROUTES) route.register(app, ctx);
  app.notFound((c) =>
    respond(
      c,
      notFound(
        `nothing at ${new URL(c.req.url).pathname}`,
        "这个网址没有对应的内容。地址形如 /lcrb/2025-04-24/p1/a4",
        [
          { label: "首页 Home", url: "/" },
          { label: "检索 Search", url: "/search" },
        ],
      ),
    ),
  );
  app.onError((error, c) => respond(c, toHttpError(error, log)));
  return app;
}
