// One page (版): its articles in reading order with label, kicker, title, subtitle and lead; the previous
// and next pages of the issue; for a page from PDF, its image with each article's zones on it.
import type { ArticleKind } from "../../model/index.js";
import { articleUrl, issueUrl, pageImageUrl, pageUrl, paperUrl } from "../urls.js";
import { pageView } from "../views/page.js";
import { lead, leadOf } from "../views/text.js";
import { definePage } from "./define.js";
import { type Facsimile, facsimileOf, type ZoneBox, zonesOn } from "./facsimile.js";
import { type TocItem, tocItems } from "./issue.js";
import { findIssue, findPage, ISSUE, issueKey, PAGE, PAPER, pageNumber } from "./lookup.js";

export interface PageArticle {
  id: string;
  position: number;
  url: string;
  kind: ArticleKind;
  label: string | null;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  /** The opening of the body (a photo's caption), cut near 120 characters. */
  lead: string;
  authors: string[];
  continuesOn: number | null;
  continuedFrom: number | null;
  /** Where it is printed on the page image (PDF points, as `image.pageWidth`); empty without one. */
  zones: ZoneBox[];
}

export interface PageNeighbour {
  page: number;
  pageName: string | null;
  url: string;
}

export interface PageData {
  kind: "page";
  id: string;
  paper: { id: string; name: string; url: string };
  date: string;
  edition: string;
  issue: string;
  page: number;
  pageName: string | null;
  url: string;
  articles: PageArticle[];
  /** The page's image (pages from PDF), null for a page from text. */
  image: Facsimile | null;
  /** Entries of the contents boxes printed on this page. */
  toc: TocItem[];
  previous: PageNeighbour | null;
  next: PageNeighbour | null;
}

export const pageRoute = definePage<PageData>({
  name: "page",
  summary: "One page (版) of an issue: its articles in reading order with headlines and leads",
  path: "/{paper}/{issue}/{page}/",
  params: [PAPER, ISSUE, PAGE],
  async load(req, { reader }) {
    const issue = await findIssue(reader, issueKey(req.params.paper ?? "", req.params.issue ?? ""));
    const page = findPage(issue, pageNumber(req.params.page ?? ""));
    const info = await reader.pageImageInfo(page.id);
    const image =
      info === null ? null : facsimileOf(info, pageImageUrl(issue, page.page, info.format, info.sha256));
    const articles: PageArticle[] = [];
    for (const [i, listed] of page.articles.entries()) {
      const stored = await reader.article(listed.id);
      if (stored === null) continue;
      const a = stored.article;
      articles.push({
        id: stored.id,
        position: i + 1,
        url: articleUrl(issue, page.page, i + 1),
        kind: a.kind,
        label: a.label,
        kicker: a.kicker,
        title: a.title,
        subtitle: a.subtitle,
        lead: a.paragraphs.length > 0 ? leadOf(a.paragraphs) : lead(a.editorNote ?? ""),
        authors: a.authors.map((x) => x.name),
        continuesOn: a.continuesOn,
        continuedFrom: a.continuedFrom,
        zones: info === null ? [] : zonesOn(a, info),
      });
    }
    const at = issue.pages.indexOf(page);
    const near = (p: (typeof issue.pages)[number] | undefined) =>
      p === undefined ? null : { page: p.page, pageName: p.pageName, url: pageUrl(issue, p.page) };
    const boxes = new Set(page.articles.map((a) => a.id));
    return {
      data: {
        kind: "page",
        id: page.id,
        paper: { id: issue.paper, name: issue.paperName, url: paperUrl(issue.paper) },
        date: issue.date,
        edition: issue.edition,
        issue: issueUrl(issue),
        page: page.page,
        pageName: page.pageName,
        url: pageUrl(issue, page.page),
        articles,
        image,
        toc: (await tocItems(reader, issue)).filter((e) => boxes.has(e.box)),
        previous: near(issue.pages[at - 1]),
        next: near(issue.pages[at + 1]),
      },
      canonical: pageUrl(issue, page.page),
      lastModified: page.current.ingestedAt,
    };
  },
  view: pageView,
});
