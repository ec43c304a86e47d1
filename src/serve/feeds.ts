// RSS 2.0 and Atom feeds per paper (/lcrb/feed.rss) and per page name (/lcrb/pages/要闻/feed.atom), built
// with the `feed` package from the newest issues; item dates are issue dates, so a feed changes only with them.
import { Feed } from "feed";
import type { Context } from "hono";
import type { ArchiveReader } from "./archive.js";
import { notFound } from "./errors.js";
import {
  type AppContext,
  type AppRoute,
  cacheHeaders,
  type Endpoint,
  type Env,
  honoPath,
  originOf,
  type PathParam,
  withEtag,
} from "./routes/define.js";
import { findPaper, PAPER } from "./routes/lookup.js";
import { articleUrl, feedUrl, paperUrl, SEGMENT } from "./urls.js";
import { cnDate, lead, leadOf, pageLabel, titleOr } from "./views/text.js";

// Issues looked at for one feed at most: a page name printed weekly still fills a feed of 30 within a year
// of dailies only if it has several articles a week; the bound keeps a feed for a rare name cheap.
const MAX_ISSUES = 60;

const NAME: PathParam = {
  name: "name",
  pattern: SEGMENT.name,
  description: "page name (版名), e.g. 要闻",
  example: "要闻",
};

export interface FeedItem {
  title: string;
  url: string;
  date: string;
  page: number;
  pageName: string | null;
  lead: string;
  authors: string[];
}

/** The newest articles of a paper (of one page name), newest issue first, reading order within it. */
export async function feedItems(reader: ArchiveReader, paper: string, limit: number, pageName?: string) {
  const issues = (await reader.issues(paper)).slice(-MAX_ISSUES).reverse();
  const items: FeedItem[] = [];
  let modified: string | undefined;
  for (const summary of issues) {
    const issue = await reader.issue(summary);
    if (issue === null) continue;
    for (const page of issue.pages) {
      if (pageName !== undefined && page.pageName !== pageName) continue;
      if (modified === undefined || page.current.ingestedAt > modified) modified = page.current.ingestedAt;
      for (const [i, listed] of page.articles.entries()) {
        if (listed.kind === "toc" || items.length >= limit) continue;
        const stored = await reader.article(listed.id);
        if (stored === null) continue;
        const a = stored.article;
        items.push({
          title: titleOr(a.title, a.kind),
          url: articleUrl(issue, page.page, i + 1),
          date: issue.date,
          page: page.page,
          pageName: page.pageName,
          lead: a.paragraphs.length > 0 ? leadOf(a.paragraphs, 200) : lead(a.editorNote ?? "", 200),
          authors: [...new Set(a.authors.map((x) => x.name))],
        });
      }
    }
    if (items.length >= limit) break;
  }
  return { items, modified };
}

const issueDay = (iso: string): Date => new Date(`${iso}T00:00:00+08:00`);

function feedRoute(format: "rss" | "atom", section: boolean): AppRoute {
  const params = section ? [PAPER, NAME] : [PAPER];
  const path = section ? `/{paper}/pages/{name}/feed.${format}` : `/{paper}/feed.${format}`;
  const endpoint: Endpoint = {
    path,
    hono: honoPath(path, params),
    summary: `${format === "rss" ? "RSS 2.0" : "Atom"} feed of the newest articles of a paper${section ? " on pages of one name (版名)" : ""}`,
    params,
    query: [],
    produces: format === "rss" ? "application/rss+xml" : "application/atom+xml",
    tag: "feeds",
  };
  const handle = (ctx: AppContext) => async (c: Context<Env>) => {
    const paper = await findPaper(ctx.reader, c.req.param("paper") ?? "");
    const name = section ? (c.req.param("name") ?? "") : undefined;
    const { items, modified } = await feedItems(ctx.reader, paper.id, ctx.settings.feed_items, name);
    if (name !== undefined && items.length === 0)
      throw notFound(
        `no page named '${name}' in the newest issues of ${paper.id}`,
        `${paper.name}最近各期没有名为“${name}”的版面`,
        [{ label: `${paper.name}各期`, url: paperUrl(paper.id) }],
      );
    const origin = originOf(c, ctx.settings);
    const title = name === undefined ? paper.name : `${paper.name} · ${name}`;
    const feed = new Feed({
      id: `${origin}${paperUrl(paper.id)}`,
      title,
      description: `${title}的最新文章（banmian 数字报档案）`,
      link: `${origin}${paperUrl(paper.id)}`,
      language: "zh-CN",
      generator: "banmian",
      copyright: `© ${paper.name}`,
      updated: issueDay(items[0]?.date ?? "2000-01-01"),
      feedLinks: {
        rss: `${origin}${feedUrl(paper.id, "rss", name)}`,
        atom: `${origin}${feedUrl(paper.id, "atom", name)}`,
      },
    });
    for (const item of items)
      feed.addItem({
        title: item.title,
        id: `${origin}${item.url}`,
        link: `${origin}${item.url}`,
        date: issueDay(item.date),
        description: `${cnDate(item.date)} ${pageLabel(item.page, item.pageName)}　${item.lead}`,
        author: item.authors.map((n) => ({ name: n })),
      });
    if (cacheHeaders(c, ctx.settings, modified)) return c.body(null, 304);
    const type = format === "rss" ? "application/rss+xml" : "application/atom+xml";
    return withEtag(c, format === "rss" ? feed.rss2() : feed.atom1(), `${type}; charset=utf-8`);
  };
  return { endpoints: [endpoint], register: (app, ctx) => app.get(endpoint.hono, handle(ctx)) };
}

export const FEED_ROUTES: readonly AppRoute[] = [
  feedRoute("rss", false),
  feedRoute("atom", false),
  feedRoute("rss", true),
  feedRoute("atom", true),
];
