// Stable, readable archive ids (after impresso's GDL-1900-01-02-a-p0004): they are built from what a
// page is (paper, date, edition, page, place on the page), never from when it was ingested.

/** Paper registry ids: lower-case pinyin initials, as in lcrb. */
export const PAPER_ID = /^[a-z][a-z0-9]{0,15}$/u;
/** Editions: a (the default), b, … or a short code like am. */
export const EDITION = /^[a-z][a-z0-9]{0,7}$/u;
const ARTICLE_ID =
  /^(?<paper>[a-z][a-z0-9]*)-(?<date>\d{4}-\d{2}-\d{2})-(?<edition>[a-z][a-z0-9]*)-p(?<page>\d{2,})-a(?<n>\d{2,})$/u;

export const DEFAULT_EDITION = "a";

export interface IssueKey {
  paper: string;
  date: string;
  edition: string;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** lcrb-2025-04-24-a */
export function issueId(key: IssueKey): string {
  return `${key.paper}-${key.date}-${key.edition}`;
}

/** lcrb-2025-04-24-a-p01 */
export function pageId(key: IssueKey, page: number): string {
  return `${issueId(key)}-p${pad(page)}`;
}

/** lcrb-2025-04-24-a-p01-a04: the 4th article of the page, in reading order. */
export function articleId(key: IssueKey, page: number, position: number): string {
  return `${pageId(key, page)}-a${pad(position)}`;
}

export interface ArticleAddress extends IssueKey {
  page: number;
  position: number;
}

/** The parts of an article id, or null when the text is not one. */
export function parseArticleId(id: string): ArticleAddress | null {
  const g = ARTICLE_ID.exec(id.trim())?.groups;
  if (g === undefined) return null;
  const { paper = "", date = "", edition = "", page = "", n = "" } = g;
  return { paper, date, edition, page: Number(page), position: Number(n) };
}
