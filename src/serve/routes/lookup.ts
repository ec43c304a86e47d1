// The path parameters every archive route shares (paper, issue, page, article) and finding what they name:
// a bad date is a 400, anything absent a 404 that says what the archive does hold nearby.
import { parseIsoDate } from "../../meta/index.js";
import {
  articleId,
  DEFAULT_EDITION,
  type IssueKey,
  type IssueRecord,
  type PageRecord,
  type PaperRecord,
  type StoredArticle,
} from "../../store/index.js";
import type { ArchiveReader } from "../archive.js";
import { badRequest, notFound, type Suggestion } from "../errors.js";
import { articleUrl, issueUrl, pageUrl, paperUrl, SEGMENT } from "../urls.js";
import { cnDate, pageLabel, titleOr } from "../views/text.js";
import type { PathParam } from "./define.js";

export const PAPER: PathParam = {
  name: "paper",
  pattern: SEGMENT.paper,
  description: "paper registry id (lower-case pinyin initials)",
  example: "lcrb",
};
export const ISSUE: PathParam = {
  name: "issue",
  pattern: SEGMENT.issue,
  description: "issue date YYYY-MM-DD, with -<edition> for editions other than a",
  example: "2025-04-24",
};
export const PAGE: PathParam = {
  name: "page",
  pattern: SEGMENT.page,
  description: "page (版次) as p<N>",
  example: "p1",
};
export const ARTICLE: PathParam = {
  name: "article",
  pattern: SEGMENT.article,
  description: "article as a<N>, its place on the page in reading order",
  example: "a4",
};

const home: Suggestion = { label: "首页 Home", url: "/" };

export async function findPaper(reader: ArchiveReader, id: string): Promise<PaperRecord> {
  const paper = await reader.paper(id);
  if (paper !== null) return paper;
  const papers = await reader.papers();
  throw notFound(`no paper '${id}' in the archive`, `档案中没有报纸“${id}”`, [
    ...papers.map((p) => ({ label: p.name, url: paperUrl(p.id) })),
    home,
  ]);
}

/** 2025-04-24 or 2025-04-24-b as an issue key; 400 when the date is not on the calendar. */
export function issueKey(paper: string, segment: string): IssueKey {
  const date = parseIsoDate(segment.slice(0, 10));
  if (date === null)
    throw badRequest(
      `'${segment.slice(0, 10)}' is not a calendar date (YYYY-MM-DD)`,
      `“${segment.slice(0, 10)}”不是有效日期，请用 年-月-日 格式，如 2025-04-24`,
      [{ label: "本报各期 Issues", url: paperUrl(paper) }],
    );
  return { paper, date, edition: segment.length > 10 ? segment.slice(11) : DEFAULT_EDITION };
}

export async function findIssue(reader: ArchiveReader, key: IssueKey): Promise<IssueRecord> {
  const paper = await findPaper(reader, key.paper);
  const issue = await reader.issue(key);
  if (issue !== null) return issue;
  // The nearest issues on either side, so a reader who mistyped a day lands one click away.
  const list = await reader.issues(key.paper);
  const after = list.findIndex((i) => i.date > key.date);
  const near = (after < 0 ? list.slice(-2) : list.slice(Math.max(0, after - 1), after + 1)).map((i) => ({
    label: `${cnDate(i.date)}`,
    url: issueUrl(i),
  }));
  throw notFound(
    `no issue of ${key.paper} dated ${key.date}${key.edition === DEFAULT_EDITION ? "" : ` (edition ${key.edition})`} in the archive`,
    `档案中没有${paper.name}${cnDate(key.date)}这一期`,
    [...near, { label: `${paper.name}各期`, url: paperUrl(key.paper) }],
  );
}

export function pageNumber(segment: string): number {
  return Number(segment.slice(1));
}

export function findPage(issue: IssueRecord, page: number): PageRecord {
  const found = issue.pages.find((p) => p.page === page);
  if (found !== undefined) return found;
  throw notFound(
    `issue ${issue.id} has no page ${page} in the archive (pages: ${issue.pages.map((p) => p.page).join(", ")})`,
    `本期第${page}版不在本档案中`,
    issue.pages.map((p) => ({ label: pageLabel(p.page, p.pageName), url: pageUrl(issue, p.page) })),
  );
}

export async function findArticle(
  reader: ArchiveReader,
  issue: IssueRecord,
  page: PageRecord,
  position: number,
): Promise<StoredArticle> {
  const article = position >= 1 ? await reader.article(articleId(issue, page.page, position)) : null;
  if (article !== null) return article;
  throw notFound(
    `page ${page.page} of ${issue.id} has no article ${position} (it has ${page.articles.length})`,
    `${pageLabel(page.page, page.pageName)}没有第${position}篇文章`,
    page.articles.map((a, i) => ({
      label: titleOr(a.title, a.kind),
      url: articleUrl(issue, page.page, i + 1),
    })),
  );
}
