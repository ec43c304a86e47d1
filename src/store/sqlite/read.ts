// Reading the archive: articles with their links and messages, issues with their pages, versions, raw
// inputs. Plain SELECTs, so any number of read-only connections can serve while one writer ingests.
import { issueId } from "../ids.js";
import type {
  IssueRecord,
  IssueSummary,
  PageRecord,
  PageVersion,
  PaperRecord,
  PaperSpan,
  StoredArticle,
} from "../types.js";
import type { Db } from "./open.js";
import { prepared } from "./prepared.js";
import {
  LINK_COLUMNS,
  type LinkRow,
  MESSAGE_COLUMNS,
  type MessageRow,
  toArticle,
  toKind,
  toLink,
  toMessage,
  toVersion,
  VERSION_COLUMNS,
  type VersionRow,
} from "./rows.js";

type Nullable<T> = { [K in keyof T]: T[K] | null };

interface ArticleRow {
  id: string;
  issue_id: string;
  position: number;
  data: string;
  page: number;
  paper_id: string;
  date: string;
  edition: string;
}

export function readPapers(db: Db): PaperRecord[] {
  const rows = prepared<[], { id: string; name: string; former_names: string }>(
    db,
    "SELECT * FROM papers ORDER BY id",
  ).all();
  return rows.map((r) => ({ id: r.id, name: r.name, formerNames: JSON.parse(r.former_names) as string[] }));
}

export function readPaperSpans(db: Db): PaperSpan[] {
  return prepared<[], PaperSpan>(
    db,
    `SELECT i.paper_id AS id, p.name, COUNT(*) AS issues, MIN(i.date) AS first, MAX(i.date) AS last
       FROM issues i JOIN papers p ON p.id = i.paper_id GROUP BY i.paper_id ORDER BY i.paper_id`,
  ).all();
}

export function readDigests(db: Db, key: Parameters<typeof issueId>[0]): Map<number, string> {
  const rows = prepared<[string], { page: number; sha256: string }>(
    db,
    `SELECT p.page, v.sha256 FROM pages p JOIN page_versions v ON v.page_id = p.id AND v.version = p.version
       WHERE p.issue_id = ?`,
  ).all(issueId(key));
  return new Map(rows.map((r) => [r.page, r.sha256]));
}

export function readArticle(db: Db, id: string): StoredArticle | null {
  const row = prepared<[string], ArticleRow>(
    db,
    `SELECT a.id, a.issue_id, a.position, a.data, p.page, i.paper_id, i.date, i.edition
       FROM articles a JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = a.issue_id WHERE a.id = ?`,
  ).get(id);
  if (row === undefined) return null;
  const links = prepared<[string, string], LinkRow>(
    db,
    `SELECT ${LINK_COLUMNS} WHERE from_article = ? OR to_article = ? ORDER BY id`,
  ).all(id, id);
  const messages = prepared<[string], MessageRow>(
    db,
    `SELECT ${MESSAGE_COLUMNS} WHERE m.article_id = ? ORDER BY m.id`,
  ).all(id);
  return {
    id: row.id,
    issue: row.issue_id,
    paper: row.paper_id,
    date: row.date,
    edition: row.edition,
    page: row.page,
    position: row.position,
    article: toArticle(row.data),
    links: links.map(toLink),
    messages: messages.map(toMessage),
  };
}

export function readIssue(db: Db, id: string): IssueRecord | null {
  const issue = prepared<[string], { paper_id: string; date: string; edition: string; name: string }>(
    db,
    "SELECT i.paper_id, i.date, i.edition, p.name FROM issues i JOIN papers p ON p.id = i.paper_id WHERE i.id = ?",
  ).get(id);
  if (issue === undefined) return null;
  const key = { paper: issue.paper_id, date: issue.date, edition: issue.edition };
  // Pages with their current versions, then every page's article listing (covering index of migration 4), in
  // two queries: a query per page cost a cold article page 0.3 ms in 2.3, and a listing query per page
  // another 0.06 ms CPU (289 → 227 µs an issue of 8 pages, bench:serve's million-article archive).
  // LEFT JOINs: a page without its current version is damage to report, not a page to leave out. The size
  // comes from migration 5's index, named: without statistics SQLite takes the primary key's and reads the row.
  const pageRows = prepared<
    [string],
    Nullable<VersionRow> & { id: string; page: number; page_name: string | null }
  >(
    db,
    `SELECT p.id, p.page, p.page_name, v.version, v.sha256, r.size, v.file, v.ingested_at FROM pages p
       LEFT JOIN page_versions v ON v.page_id = p.id AND v.version = p.version
       LEFT JOIN raw_inputs r INDEXED BY raw_inputs_size ON r.sha256 = v.sha256
       WHERE p.issue_id = ? ORDER BY p.page`,
  ).all(id);
  const listing = prepared<[string], { page_id: string; id: string; kind: string; title: string | null }>(
    db,
    `SELECT a.page_id, a.id, a.kind, a.title FROM pages p JOIN articles a ON a.page_id = p.id
       WHERE p.issue_id = ? ORDER BY p.page, a.position`,
  ).all(id);
  const byPage = new Map<string, PageRecord["articles"]>();
  for (const a of listing) {
    let list = byPage.get(a.page_id);
    if (list === undefined) {
      list = [];
      byPage.set(a.page_id, list);
    }
    list.push({ id: a.id, kind: toKind(a.kind), title: a.title });
  }
  const pages: PageRecord[] = pageRows.map((r) => {
    const { version, sha256, size, file, ingested_at } = r;
    if (version === null || sha256 === null || size === null || file === null || ingested_at === null)
      throw new Error(`archive damaged: page ${r.id} has no current version`);
    const current = toVersion({ version, sha256, size, file, ingested_at });
    return { id: r.id, page: r.page, pageName: r.page_name, current, articles: byPage.get(r.id) ?? [] };
  });
  const links = prepared<[string], LinkRow>(db, `SELECT ${LINK_COLUMNS} WHERE issue_id = ? ORDER BY id`).all(
    id,
  );
  const messages = prepared<[string], MessageRow>(
    db,
    `SELECT ${MESSAGE_COLUMNS} WHERE m.issue_id = ? ORDER BY m.id`,
  ).all(id);
  return {
    id,
    ...key,
    paperName: issue.name,
    pages,
    links: links.map(toLink),
    messages: messages.map(toMessage),
  };
}

export function readIssues(db: Db, paper: string | null): IssueSummary[] {
  const rows = prepared<
    [string | null, string | null],
    { id: string; paper_id: string; date: string; edition: string; pages: number; articles: number }
  >(
    db,
    // Counted in one pass over each index, not a lookup per issue: at a million articles, with the file
    // pages cold, 0.23 s against 1.6 s (0.2 s either way when warm).
    `WITH a AS (SELECT issue_id, COUNT(*) AS n FROM articles GROUP BY issue_id),
          p AS (SELECT issue_id, COUNT(*) AS n FROM pages GROUP BY issue_id)
     SELECT i.id, i.paper_id, i.date, i.edition, COALESCE(p.n, 0) AS pages, COALESCE(a.n, 0) AS articles
       FROM issues i LEFT JOIN a ON a.issue_id = i.id LEFT JOIN p ON p.issue_id = i.id
      WHERE ? IS NULL OR i.paper_id = ? ORDER BY i.paper_id, i.date, i.edition`,
  ).all(paper, paper);
  return rows.map((r) => ({
    id: r.id,
    paper: r.paper_id,
    date: r.date,
    edition: r.edition,
    pages: r.pages,
    articles: r.articles,
  }));
}

/** Versions oldest first, or only the current one. */
export function readVersions(db: Db, pid: string, currentOnly = false): PageVersion[] {
  const where = currentOnly
    ? "WHERE v.page_id = ? AND v.version = (SELECT version FROM pages WHERE id = v.page_id)"
    : "WHERE v.page_id = ?";
  return prepared<[string], VersionRow>(db, `SELECT ${VERSION_COLUMNS} ${where} ORDER BY v.version`)
    .all(pid)
    .map(toVersion);
}

export function readRaw(db: Db, sha256: string): Uint8Array | null {
  const bytes = prepared<[string], Buffer>(db, "SELECT bytes FROM raw_inputs WHERE sha256 = ?")
    .pluck()
    .get(sha256);
  return bytes === undefined ? null : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
