// A page's picture (pages ingested from PDF): /lcrb/2025-04-24/p1/image.webp. The page view asks for it
// with ?v=<digest>, a URL that never changes content, so browsers keep it for a year without asking;
// without the token it is cached like any page and revalidated by its ETag (the image's sha256).
import type { Context } from "hono";
import { notFound } from "../errors.js";
import { imageVersion, pageImageUrl, pageUrl } from "../urls.js";
import {
  type AppContext,
  type AppRoute,
  cacheHeaders,
  type Endpoint,
  type Env,
  etagMatches,
  honoPath,
} from "./define.js";
import { findIssue, findPage, ISSUE, issueKey, PAGE, PAPER, pageNumber } from "./lookup.js";

// A year: the longest max-age caches honour (RFC 9111 advises no more), for a URL pinned to one digest.
const IMMUTABLE_MAX_AGE = 31_536_000;

const FORMATS = { webp: "image/webp", png: "image/png" } as const;
type Format = keyof typeof FORMATS;

function endpoint(format: Format): Endpoint {
  const path = `/{paper}/{issue}/{page}/image.${format}`;
  const params = [PAPER, ISSUE, PAGE];
  return {
    path,
    hono: honoPath(path, params),
    summary: `The page's image as ${format.toUpperCase()} (pages ingested from PDF); the page's JSON names its URL and article zones`,
    params,
    query: [
      {
        name: "v",
        type: "string",
        description:
          "the image's version token (from the page's JSON): with it the response is cacheable for a year",
      },
    ],
    produces: FORMATS[format],
    tag: "page-image",
  };
}

async function serveImage(c: Context<Env>, ctx: AppContext): Promise<Response> {
  const issue = await findIssue(ctx.reader, issueKey(c.req.param("paper") ?? "", c.req.param("issue") ?? ""));
  const page = findPage(issue, pageNumber(c.req.param("page") ?? ""));
  const image = await ctx.reader.pageImage(page.id);
  if (image === null)
    throw notFound(
      `page ${page.page} of ${issue.id} has no image (only pages ingested from PDF have one)`,
      "本版没有版面图（只有从 PDF 导入的版面才有）",
      [{ label: "本版文章 Articles", url: pageUrl(issue, page.page) }],
    );
  const url = new URL(c.req.url);
  const canonical = pageImageUrl(issue, page.page, image.format);
  if (url.pathname !== canonical) return c.redirect(`${canonical}${url.search}`, 301);
  const tag = `"${image.sha256}"`;
  c.header("ETag", tag);
  const pinned = url.searchParams.get("v") === imageVersion(image.sha256);
  const unmodified = cacheHeaders(c, ctx.settings, page.current.ingestedAt);
  if (pinned) c.header("Cache-Control", `public, max-age=${IMMUTABLE_MAX_AGE}, immutable`);
  // If-None-Match decides when sent; If-Modified-Since only without it (RFC 9110 §13.2.2).
  const held = c.req.header("If-None-Match");
  if (held === undefined ? unmodified : etagMatches(held, tag)) return c.body(null, 304);
  return c.body(image.bytes as Uint8Array<ArrayBuffer>, 200, {
    "Content-Type": FORMATS[image.format],
    "Content-Length": String(image.size),
  });
}

export const imageRoute: AppRoute = {
  endpoints: [endpoint("webp"), endpoint("png")],
  register(app, ctx) {
    for (const e of this.endpoints) app.get(e.hono, (c) => serveImage(c, ctx));
  },
};
