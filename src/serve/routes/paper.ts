// A paper's archive: its issues by year and month (the newest year unless ?year= names another), and its
// feeds, whole and per page name (版名) of the latest issue.
import type { IssueSummary } from "../../store/index.js";
import { badRequest, notFound } from "../errors.js";
import { feedUrl, issueUrl, paperUrl } from "../urls.js";
import { paperView } from "../views/paper.js";
import { definePage } from "./define.js";
import { findPaper, PAPER } from "./lookup.js";

export interface IssueLink {
  date: string;
  edition: string;
  pages: number;
  articles: number;
  url: string;
}

export interface PaperData {
  kind: "paper";
  paper: { id: string; name: string; formerNames: string[]; url: string };
  years: { year: string; issues: number; url: string }[];
  /** The year shown, null when the paper has no issues. */
  year: string | null;
  months: { month: string; issues: IssueLink[] }[];
  feeds: { rss: string; atom: string };
  sections: { pageName: string; rss: string; atom: string }[];
}

const link = (i: IssueSummary): IssueLink => ({
  date: i.date,
  edition: i.edition,
  pages: i.pages,
  articles: i.articles,
  url: issueUrl(i),
});

export const paperRoute = definePage<PaperData>({
  name: "paper",
  summary: "A paper's issues by year and month, with its feeds",
  path: "/{paper}/",
  params: [PAPER],
  query: [{ name: "year", type: "integer", description: "the year to list (default: the newest)" }],
  async load(req, { reader }) {
    const paper = await findPaper(reader, req.params.paper ?? "");
    const issues = await reader.issues(paper.id);
    const counts = new Map<string, number>();
    for (const i of issues) counts.set(i.date.slice(0, 4), (counts.get(i.date.slice(0, 4)) ?? 0) + 1);
    const years = [...counts].sort((a, b) => b[0].localeCompare(a[0]));
    const asked = req.query.get("year");
    if (asked !== null && !/^\d{4}$/u.test(asked))
      throw badRequest(`year must be four digits, not '${asked}'`, `年份应为四位数字，如 2025`);
    const year = asked ?? years[0]?.[0] ?? null;
    if (year !== null && !counts.has(year))
      throw notFound(`${paper.id} has no issues in ${year}`, `${paper.name}在${year}年没有存档的期次`, [
        ...years.map(([y]) => ({ label: `${y}年`, url: `${paperUrl(paper.id)}?year=${y}` })),
      ]);
    const months = new Map<string, IssueLink[]>();
    for (const i of issues)
      if (i.date.startsWith(`${year}-`)) {
        const list = months.get(i.date.slice(0, 7)) ?? [];
        list.push(link(i));
        months.set(i.date.slice(0, 7), list);
      }
    const latest = issues.at(-1);
    const record = latest === undefined ? null : await reader.issue(latest);
    const names = [...new Set((record?.pages ?? []).flatMap((p) => (p.pageName ? [p.pageName] : [])))];
    return {
      data: {
        kind: "paper",
        paper: { ...paper, url: paperUrl(paper.id) },
        years: years.map(([y, n]) => ({ year: y, issues: n, url: `${paperUrl(paper.id)}?year=${y}` })),
        year,
        months: [...months]
          .sort((a, b) => b[0].localeCompare(a[0]))
          .map(([month, list]) => ({ month, issues: list })),
        feeds: { rss: feedUrl(paper.id, "rss"), atom: feedUrl(paper.id, "atom") },
        sections: names.map((n) => ({
          pageName: n,
          rss: feedUrl(paper.id, "rss", n),
          atom: feedUrl(paper.id, "atom", n),
        })),
      },
      canonical: paperUrl(paper.id),
    };
  },
  view: paperView,
});
