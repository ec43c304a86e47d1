// One article (/lcrb/2025-04-24/p1/a4) and the stitched whole of a jumped story (…/a1/story): headline
// fields, dateline and byline, editor's note, body or caption, jumps as links (or why there is none),
// previous/next article of the issue, a citation line and a share link.
import type { Article, ArticleKind } from "../../model/index.js";
import type { IssueRecord, PageRecord, StoredArticle, StoredMessage } from "../../store/index.js";
import type { ArchiveReader } from "../archive.js";
import {
  articleUrl,
  articleUrlOf,
  issueUrl,
  pageImageUrl,
  pageUrl,
  paperUrl,
  storyUrl,
  zoneUrl,
} from "../urls.js";
import { articleView } from "../views/article.js";
import { titleOr } from "../views/text.js";
import { citation } from "./citation.js";
import { definePage, type LoadRequest } from "./define.js";
import { boundsOf, type Facsimile, facsimileOf, type ZoneBox, zonesOn } from "./facsimile.js";
import {
  ARTICLE,
  findArticle,
  findIssue,
  findPage,
  ISSUE,
  issueKey,
  PAGE,
  PAPER,
  pageNumber,
} from "./lookup.js";

export interface Jump {
  /** The page printed in the jump line (下转第7版 → 7). */
  page: number;
  /** Whether that page is in the archive. */
  inArchive: boolean;
  /** The other part of the story, when the jump was linked. */
  url: string | null;
  pageUrl: string | null;
  /** The jump line as printed: 下转第7版, 上接第1版. */
  printed: string;
  /** Why there is no link, in Chinese and English; null when linked. */
  note: string | null;
}

export interface OnPage {
  /** The page view with this article's zones marked (#z-N). */
  url: string;
  image: Facsimile;
  /** The box around the article's zones: its crop of the page image. */
  bounds: ZoneBox;
}

export interface StoryPartLink {
  id: string;
  page: number;
  position: number;
  role: "start" | "continuation";
  url: string;
}

export interface ArticleData {
  kind: "article" | "story";
  id: string;
  url: string;
  paper: { id: string; name: string; url: string };
  date: string;
  edition: string;
  issue: string;
  page: number;
  pageName: string | null;
  pageUrl: string;
  position: number;
  /** As parsed (the page schema's article); for a story, stitched across its parts. */
  article: Article;
  jumps: { continuedFrom: Jump | null; continuesOn: Jump | null };
  /** The parts of the jumped story this article belongs to, and the stitched whole's URL; null when it has one part. */
  story: { url: string; parts: StoryPartLink[] } | null;
  previous: { title: string; url: string } | null;
  next: { title: string; url: string } | null;
  /** Where the article is printed on its page image (pages from PDF); null without image or zones. */
  onPage: OnPage | null;
  citation: string;
  share: string;
  messages: StoredMessage[];
}

function jump(stored: StoredArticle, issue: IssueRecord, direction: "on" | "from"): Jump | null {
  const page = direction === "on" ? stored.article.continuesOn : stored.article.continuedFrom;
  if (page === null) return null;
  const link = stored.links.find(
    (l) => l.kind === "jump" && (direction === "on" ? l.from === stored.id : l.to === stored.id),
  );
  const other = link === undefined ? null : direction === "on" ? link.to : link.from;
  const inArchive = issue.pages.some((p) => p.page === page);
  const word = direction === "on" ? "下转" : "上接";
  const note =
    other !== null
      ? null
      : !inArchive
        ? `第${page}版不在本档案中 (page ${page} is not in this archive)`
        : `第${page}版中未找到${direction === "on" ? "接续部分" : "上文"} (the other part was not found on page ${page})`;
  return {
    page,
    inArchive,
    url: other === null ? null : articleUrlOf(other),
    pageUrl: inArchive ? pageUrl(issue, page) : null,
    printed: `${word}第${page}版`,
    note,
  };
}

/**
 * The articles before and after `id` in the issue's reading order, page by page, contents boxes left out.
 * Links only those two: building all 64 of an issue's cost an article page ~19 µs, this ~1 µs
 * (scratch/serve-perf/nb.mjs, 1M archive).
 */
function neighbours(issue: IssueRecord, id: string): Pick<ArticleData, "previous" | "next"> {
  type Place = { page: number; position: number; title: string | null; kind: ArticleKind };
  const link = (a: Place | null) =>
    a === null ? null : { title: titleOr(a.title, a.kind), url: articleUrl(issue, a.page, a.position) };
  let previous: Place | null = null;
  let found = false;
  for (const p of issue.pages)
    for (const [i, a] of p.articles.entries()) {
      if (a.kind === "toc") continue;
      const place = { page: p.page, position: i + 1, title: a.title, kind: a.kind };
      if (found) return { previous: link(previous), next: link(place) };
      if (a.id === id) found = true;
      else previous = place;
    }
  return found ? { previous: link(previous), next: null } : { previous: null, next: null };
}

async function onPage(
  reader: ArchiveReader,
  issue: IssueRecord,
  page: PageRecord,
  stored: StoredArticle,
): Promise<OnPage | null> {
  const info = await reader.pageImageInfo(page.id);
  const bounds = info === null ? null : boundsOf(zonesOn(stored.article, info));
  if (info === null || bounds === null) return null;
  return {
    url: zoneUrl(issue, page.page, stored.position),
    image: facsimileOf(info, pageImageUrl(issue, page.page, info.format, info.sha256)),
    bounds,
  };
}

interface Found {
  issue: IssueRecord;
  page: PageRecord;
  stored: StoredArticle;
}

async function find(req: LoadRequest, reader: ArchiveReader): Promise<Found> {
  const issue = await findIssue(reader, issueKey(req.params.paper ?? "", req.params.issue ?? ""));
  const page = findPage(issue, pageNumber(req.params.page ?? ""));
  const stored = await findArticle(reader, issue, page, Number((req.params.article ?? "").slice(1)));
  return { issue, page, stored };
}

async function articleData(
  found: Found,
  reader: ArchiveReader,
  req: LoadRequest,
  whole: boolean,
): Promise<ArticleData> {
  const { issue, page, stored } = found;
  const jumped = stored.links.some((l) => l.kind === "jump");
  const story = jumped ? await reader.story(stored.id) : null;
  const parts =
    story !== null && story.parts.length > 1
      ? story.parts.map((p) => ({ ...p, url: articleUrl(issue, p.page, p.position) }))
      : null;
  const start = parts?.[0];
  const url =
    whole && start !== undefined
      ? storyUrl(issue, start.page, start.position)
      : articleUrl(issue, page.page, stored.position);
  const article = whole && story !== null ? story.article : stored.article;
  const last =
    whole && story !== null ? ((await reader.article(story.parts.at(-1)?.id ?? "")) ?? stored) : stored;
  const first =
    whole && story !== null ? ((await reader.article(story.parts[0]?.id ?? "")) ?? stored) : stored;
  return {
    kind: whole ? "story" : "article",
    id: stored.id,
    url,
    paper: { id: issue.paper, name: issue.paperName, url: paperUrl(issue.paper) },
    date: issue.date,
    edition: issue.edition,
    issue: issueUrl(issue),
    page: page.page,
    pageName: page.pageName,
    pageUrl: pageUrl(issue, page.page),
    position: stored.position,
    article,
    jumps: { continuedFrom: jump(first, issue, "from"), continuesOn: jump(last, issue, "on") },
    story:
      parts === null || start === undefined
        ? null
        : { url: storyUrl(issue, start.page, start.position), parts },
    ...neighbours(issue, stored.id),
    onPage: await onPage(reader, issue, page, stored),
    citation: citation(
      article,
      issue.paperName,
      issue.date,
      whole && story !== null ? story.parts.map((p) => p.page) : [page.page],
    ),
    share: `${req.origin}${url}`,
    messages: story !== null && whole ? story.messages : stored.messages,
  };
}

export const articleRoute = definePage<ArticleData>({
  name: "article",
  summary: "One article: headline, dateline, byline, editor's note, body, captions, jumps, citation",
  path: "/{paper}/{issue}/{page}/{article}",
  params: [PAPER, ISSUE, PAGE, ARTICLE],
  async load(req, { reader }) {
    const found = await find(req, reader);
    const data = await articleData(found, reader, req, false);
    return { data, canonical: data.url, lastModified: found.page.current.ingestedAt };
  },
  view: articleView,
});

export const storyRoute = definePage<ArticleData>({
  name: "story",
  summary: "A jumped story stitched whole across its pages (any part's address leads to the start's)",
  path: "/{paper}/{issue}/{page}/{article}/story",
  params: [PAPER, ISSUE, PAGE, ARTICLE],
  async load(req, { reader }) {
    const found = await find(req, reader);
    const data = await articleData(found, reader, req, true);
    // An article that is not part of a jumped story is its own whole: the story address leads to it.
    const times = found.issue.pages.map((p) => p.current.ingestedAt).sort();
    return { data, canonical: data.url, lastModified: times.at(-1) ?? found.page.current.ingestedAt };
  },
  view: articleView,
});
