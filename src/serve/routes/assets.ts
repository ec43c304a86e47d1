// The site's own files, served from memory (nothing is read from disk, so no path can reach the disk):
// the stylesheet, the icon, robots.txt.

import { FAVICON, STYLE } from "../views/style.js";
import { type AppRoute, type Endpoint, type Produces, withEtag } from "./define.js";

// Assets change only with a new release; an hour keeps repeat visits cheap without pinning an old sheet long.
const ASSET_MAX_AGE = 3600;

function asset(path: string, summary: string, produces: Produces, type: string, body: string): AppRoute {
  const endpoint: Endpoint = { path, hono: path, summary, params: [], query: [], produces, tag: "assets" };
  return {
    endpoints: [endpoint],
    register(app) {
      app.get(path, (c) => {
        c.header("Cache-Control", `public, max-age=${ASSET_MAX_AGE}`);
        return withEtag(c, body, type);
      });
    },
  };
}

export const ASSET_ROUTES: readonly AppRoute[] = [
  asset("/static/style.css", "The stylesheet", "text/css", "text/css; charset=utf-8", STYLE),
  asset("/static/favicon.svg", "The site icon", "image/svg+xml", "image/svg+xml", FAVICON),
  asset(
    "/robots.txt",
    "Crawler rules: search result pages are not for indexing",
    "text/plain",
    "text/plain; charset=utf-8",
    "User-agent: *\nDisallow: /search\n",
  ),
];
