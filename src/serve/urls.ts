// The reader's URLs, readable and stable (after Open ONI's /lccn/<id>/<date>/ed-1/seq-4/):
// /lcrb/ · /lcrb/2025-04-24/ · /lcrb/2025-04-24/p1/ · /lcrb/2025-04-24/p1/a4 — and each one's .json twin.
import { DEFAULT_EDITION, type IssueKey, parseArticleId } from "../store/index.js";

/** Path segment patterns, as Hono route regexes and for the OpenAPI document. */
export const SEGMENT = {
  paper: "[a-z][a-z0-9]{0,15}",
  // A date, with -<edition> for editions other than a (lcrb/2025-04-24-b/).
  issue: "[0-9]{4}-[0-9]{2}-[0-9]{2}(?:-[a-z][a-z0-9]{0,7})?",
  page: "p[0-9]{1,4}",
  article: "a[0-9]{1,4}",
  name: "[^/]{1,64}",
} as const;

export function issueSegment(key: IssueKey): string {
  return key.edition === DEFAULT_EDITION ? key.date : `${key.date}-${key.edition}`;
}

export const paperUrl = (paper: string): string => `/${paper}/`;
export const issueUrl = (key: IssueKey): string => `/${key.paper}/${issueSegment(key)}/`;
export const pageUrl = (key: IssueKey, page: number): string => `${issueUrl(key)}p${page}/`;
export const articleUrl = (key: IssueKey, page: number, position: number): string =>
  `${pageUrl(key, page)}a${position}`;
/** The id of an article's zones on its page image, and the page URL that marks them (CSS :target). */
export const zoneId = (position: number): string => `z-${position}`;
export const zoneUrl = (key: IssueKey, page: number, position: number): string =>
  `${pageUrl(key, page)}#${zoneId(position)}`;
/** A page's image; with its digest the URL names one picture for good (cached as immutable). */
export const pageImageUrl = (key: IssueKey, page: number, format: "webp" | "png", sha256?: string): string =>
  `${pageUrl(key, page)}image.${format}${sha256 === undefined ? "" : `?v=${imageVersion(sha256)}`}`;
/** The cache-busting token of an image: enough of its digest that two versions never share it. */
export const imageVersion = (sha256: string): string => sha256.slice(0, 16);
export const storyUrl = (key: IssueKey, page: number, position: number): string =>
  `${articleUrl(key, page, position)}/story`;

/** The reader's URL of an archive article id (lcrb-2025-04-24-a-p01-a04 → /lcrb/2025-04-24/p1/a4). */
export function articleUrlOf(id: string): string | null {
  const a = parseArticleId(id);
  return a === null ? null : articleUrl(a, a.page, a.position);
}

export function feedUrl(paper: string, format: "rss" | "atom", pageName?: string): string {
  const section = pageName === undefined ? "" : `pages/${encodeURIComponent(pageName)}/`;
  return `/${paper}/${section}feed.${format}`;
}

/** /search?… with the non-empty parameters, in the order given. */
export function searchUrl(params: Readonly<Record<string, string | number | undefined>>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") query.set(k, String(v));
  const text = query.toString();
  return text === "" ? "/search" : `/search?${text}`;
}

/** The JSON twin of a reader URL: /lcrb/ → /lcrb.json, /lcrb/2025-04-24/p1/a4 → …/a4.json, / → /index.json. */
export function jsonTwin(url: string): string {
  const at = url.search(/[?#]/u);
  const [path, rest] = at < 0 ? [url, ""] : [url.slice(0, at), url.slice(at)];
  if (path === "/") return `/index.json${rest}`;
  return `${path.endsWith("/") ? path.slice(0, -1) : path}.json${rest}`;
}
