// One issue: its pages (版次 and 版名) with their articles, the 今日导读 box linked to its articles, and
// the paper's previous and next issues.
import type { ArticleKind } from "../../model/index.js";
import type { IssueRecord } from "../../store/index.js";
import type { ArchiveReader } from "../archive.js";
import { articleUrlOf, issueUrl, pageUrl, paperUrl } from "../urls.js";
import { issueView } from "../views/issue.js";
import { definePage } from "./define.js";
import { findIssue, ISSUE, issueKey, PAPER } from "./lookup.js";

export interface ArticleLink {
  id: string;
  kind: ArticleKind;
  title: string | null;
  url: string;
}

export interface TocItem {
  /** The contents box (a toc article) the entry is printed in. */
  box: string;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  /** The page the entry announces, as printed. */
  page: number | null;
  /** The article it was linked to, else null (see note). */
  url: string | null;
  note: string | null;
}

export interface IssueNeighbour {
  date: string;
  url: string;
}

export interface IssueData {
  kind: "issue";
  id: string;
  paper: { id: string; name: string; url: string };
  date: string;
  edition: string;
  url: string;
  pages: { page: number; pageName: string | null; url: string; articles: ArticleLink[] }[];
  toc: TocItem[];
  previous: IssueNeighbour | null;
  next: IssueNeighbour | null;
}

/** The issue's contents boxes, entry by entry, each with the article linking found (or why not). */
export async function tocItems(reader: ArchiveReader, issue: IssueRecord): Promise<TocItem[]> {
  const items: TocItem[] = [];
  const pages = new Set(issue.pages.map((p) => p.page));
  for (const page of issue.pages)
    for (const listed of page.articles) {
      if (listed.kind !== "toc") continue;
      const stored = await reader.article(listed.id);
      (stored?.article.toc ?? []).forEach((entry, index) => {
        const link = issue.links.find(
          (l) => l.kind === "toc" && l.from === listed.id && l.evidence.entry === index,
        );
        const missing = entry.page !== null && !pages.has(entry.page);
        items.push({
          box: listed.id,
          kicker: entry.kicker,
          title: entry.title,
          subtitle: entry.subtitle ?? null,
          page: entry.page,
          url: link === undefined ? null : articleUrlOf(link.to),
          note:
            link !== undefined
              ? null
              : missing
                ? `第${entry.page}版不在本档案中 (page ${entry.page} is not in this archive)`
                : "本期中未找到这篇文章 (no article of this issue has this headline)",
        });
      });
    }
  return items;
}

export const issueRoute = definePage<IssueData>({
  name: "issue",
  summary: "One issue: its pages, the 今日导读 contents box, previous and next issues",
  path: "/{paper}/{issue}/",
  params: [PAPER, ISSUE],
  async load(req, { reader }) {
    const issue = await findIssue(reader, issueKey(req.params.paper ?? "", req.params.issue ?? ""));
    const { previous, next } = await reader.neighbours(issue);
    const near = (i: typeof previous) => (i === null ? null : { date: i.date, url: issueUrl(i) });
    return {
      data: {
        kind: "issue",
        id: issue.id,
        paper: { id: issue.paper, name: issue.paperName, url: paperUrl(issue.paper) },
        date: issue.date,
        edition: issue.edition,
        url: issueUrl(issue),
        pages: issue.pages.map((p) => ({
          page: p.page,
          pageName: p.pageName,
          url: pageUrl(issue, p.page),
          articles: p.articles.map((a) => ({ ...a, url: articleUrlOf(a.id) ?? "" })),
        })),
        toc: await tocItems(reader, issue),
        previous: near(previous),
        next: near(next),
      },
      canonical: issueUrl(issue),
      lastModified: newest(issue),
    };
  },
  view: issueView,
});

/** The newest ingest time of the issue's pages. */
export function newest(issue: IssueRecord): string | undefined {
  return issue.pages
    .map((p) => p.current.ingestedAt)
    .sort()
    .at(-1);
}
