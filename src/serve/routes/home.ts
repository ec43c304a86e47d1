// The home page: the papers the archive holds, the latest issues, a search box.
import { issueUrl, paperUrl } from "../urls.js";
import { homeView } from "../views/home.js";
import { definePage } from "./define.js";

export interface HomeData {
  kind: "home";
  papers: { id: string; name: string; issues: number; first: string; last: string; url: string }[];
  latest: {
    paper: string;
    paperName: string;
    date: string;
    edition: string;
    pages: number;
    articles: number;
    url: string;
  }[];
  search: string;
}

export const homeRoute = definePage<HomeData>({
  name: "home",
  summary: "Papers, the latest issues and a search box",
  path: "/",
  async load(_req, { reader, settings }) {
    const papers = await reader.papers();
    const names = new Map(papers.map((p) => [p.id, p.name]));
    const all = await reader.allIssues();
    const latest = [...all]
      .sort((a, b) => b.date.localeCompare(a.date) || a.paper.localeCompare(b.paper))
      .slice(0, settings.latest_issues)
      .map((i) => ({
        paper: i.paper,
        paperName: names.get(i.paper) ?? i.paper,
        date: i.date,
        edition: i.edition,
        pages: i.pages,
        articles: i.articles,
        url: issueUrl(i),
      }));
    return {
      data: {
        kind: "home",
        papers: papers.map((p) => ({ ...p, url: paperUrl(p.id) })),
        latest,
        search: "/search",
      },
      canonical: "/",
    };
  },
  view: homeView,
});
