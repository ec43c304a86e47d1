// The reader's pages, in the order they are registered: fixed paths before parameterised ones, so
// /search.json is never read as a paper called "search".
import { articleRoute, storyRoute } from "./article.js";
import type { AppRoute } from "./define.js";
import { homeRoute } from "./home.js";
import { imageRoute } from "./image.js";
import { issueRoute } from "./issue.js";
import { pageRoute } from "./page.js";
import { paperRoute } from "./paper.js";
import { searchRoute } from "./search.js";

export { ASSET_ROUTES } from "./assets.js";
export type { App, AppContext, AppRoute, Endpoint, Env } from "./define.js";

export const FIXED_PAGE_ROUTES: readonly AppRoute[] = [homeRoute, searchRoute];
export const ARCHIVE_PAGE_ROUTES: readonly AppRoute[] = [
  paperRoute,
  issueRoute,
  pageRoute,
  imageRoute,
  articleRoute,
  storyRoute,
];
