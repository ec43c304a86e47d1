// The one writer: an issue's pages, articles, search documents and links in one transaction, so a
// killed ingest leaves whole issues or none of one, and running it again finishes the job.
import type { IssueLinks, LinkPage } from "../../link/index.js";
import type { SearchDoc, SearchIndex } from "../../search/contract.js";
import { type StoredText, searchDocOf, type WritablePrepared } from "../../search/prepare.js";
import { sha256Hex } from "../digest.js";
import { articleId, issueId, pageId } from "../ids.js";
import { articleCount, storedArticles } from "../ready.js";
import { searchDoc } from "../search-doc.js";
import type {
  ArticleColumns,
  IssueInput,
  IssueLinker,
  IssueOutcome,
  PageInput,
  PageOutcome,
} from "../types.js";
import { writePageImage } from "./images.js";
import type { Db } from "./open.js";
import { toArticle } from "./rows.js";

const isWarning = (m: { level: string }): boolean => m.level !== "info";

/** The search index's share of a write, done after everything else (see ingestIssues). */
interface SearchWork {
  /** Ids of articles that a new parse replaced. */
  stale: string[];
  /** Ids of the articles stored now. */
  fresh: string[];
  /** The documents in store order: a ready page's prepared already (PageInput.ready), another's as they are. */
  docs: (SearchDoc | WritablePrepared)[];
}

const isPrepared = (d: SearchDoc | WritablePrepared): d is WritablePrepared => "tokens" in d;

export class Writer {
  private readonly s;

  constructor(
    private readonly db: Db,
    private readonly search: SearchIndex | null,
    private readonly now: () => Date,
  ) {
    const p = <P extends unknown[], R = unknown>(sql: string) => db.prepare<P, R>(sql);
    this.s = {
      paper: p<[string, string]>("INSERT OR IGNORE INTO papers (id, name) VALUES (?, ?)"),
      issue: p<[string, string, string, string]>(
        "INSERT OR IGNORE INTO issues (id, paper_id, date, edition) VALUES (?, ?, ?, ?)",
      ),
      current: p<[string], { version: number; sha256: string }>(
        "SELECT p.version, v.sha256 FROM pages p JOIN page_versions v ON v.page_id = p.id AND v.version = p.version WHERE p.id = ?",
      ),
      lastVersion: p<[string], { v: number | null }>(
        "SELECT MAX(version) AS v FROM page_versions WHERE page_id = ?",
      ),
      raw: p<[string, number, Uint8Array]>(
        "INSERT OR IGNORE INTO raw_inputs (sha256, size, bytes) VALUES (?, ?, ?)",
      ),
      insertPage: p<[string, string, number, string | null, number, string]>(
        "INSERT INTO pages (id, issue_id, page, page_name, version, removed) VALUES (?, ?, ?, ?, ?, ?)",
      ),
      updatePage: p<[string | null, number, string, string]>(
        "UPDATE pages SET page_name = ?, version = ?, removed = ? WHERE id = ?",
      ),
      version: p<[string, number, string, string, string]>(
        "INSERT INTO page_versions (page_id, version, sha256, file, ingested_at) VALUES (?, ?, ?, ?, ?)",
      ),
      articleIds: p<[string], string>("SELECT id FROM articles WHERE page_id = ?").pluck(),
      countArticles: p<[string], number>("SELECT COUNT(*) FROM articles WHERE page_id = ?").pluck(),
      deletePageMessages: p<[string]>("DELETE FROM messages WHERE page_id = ?"),
      deleteArticles: p<[string]>("DELETE FROM articles WHERE page_id = ?"),
      article: p<
        [string, string, string, number, string, string | null, number | null, number | null, StoredText]
      >(
        // CAST: a ready page's data may come as UTF-8 bytes (ReadyPage.data); stored as TEXT all the same.
        `INSERT INTO articles (id, issue_id, page_id, position, kind, title, continues_on, continued_from, data)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT))`,
      ),
      message: p<
        [string, string | null, string | null, string, string, string | null, number | null, string]
      >(
        `INSERT INTO messages (issue_id, page_id, article_id, stage, level, rule, line, message)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      deleteLinks: p<[string]>("DELETE FROM links WHERE issue_id = ?"),
      deleteLinkMessages: p<[string]>("DELETE FROM messages WHERE issue_id = ? AND stage = 'link'"),
      link: p<[string, string, string, string, number, string]>(
        "INSERT INTO links (issue_id, kind, from_article, to_article, confidence, evidence) VALUES (?, ?, ?, ?, ?, ?)",
      ),
      issueArticles: p<[string], { id: string; page: number; page_id: string; data: string }>(
        `SELECT a.id, p.page, a.page_id, a.data FROM articles a JOIN pages p ON p.id = a.page_id
         WHERE a.issue_id = ? ORDER BY p.page, a.position`,
      ),
      countPages: p<[string], number>("SELECT COUNT(*) FROM pages WHERE issue_id = ?").pluck(),
      countLinks: p<[string], number>("SELECT COUNT(*) FROM links WHERE issue_id = ?").pluck(),
      countLinkMessages: p<[string], number>(
        "SELECT COUNT(*) FROM messages WHERE issue_id = ? AND stage = 'link'",
      ).pluck(),
    };
  }

  ingestIssue(input: IssueInput, link: IssueLinker): IssueOutcome {
    const [outcome] = this.ingestIssues([input], link);
    return outcome as IssueOutcome;
  }

  /**
   * Several issues in one transaction (a bulk load: fewer, larger commits), each as ingestIssue would store
   * it; all of them or none is stored. The search index is written last, once for all of them: FTS5 writes its
   * pending tokens out as a segment whenever another statement opens a savepoint, so search writes between
   * the other tables' would leave a small segment per page to merge later.
   */
  ingestIssues(inputs: readonly IssueInput[], link: IssueLinker): IssueOutcome[] {
    for (const input of inputs) {
      const numbers = input.pages.map((p) => p.page);
      if (new Set(numbers).size !== numbers.length)
        throw new Error(
          `ingestIssue: page numbers repeat in one issue (${numbers.join(", ")}); pass each page once`,
        );
    }
    const run = this.db.transaction((): IssueOutcome[] => {
      const search: SearchWork = { stale: [], fresh: [], docs: [] };
      const outcomes = inputs.map((input) => this.storeIssue(input, link, search));
      const fresh = new Set(search.fresh);
      this.search?.remove(search.stale.filter((id) => !fresh.has(id)));
      // One call in store order (the same article twice: the last one stands), prepared when all of them are.
      const prepared = search.docs.filter(isPrepared);
      if (this.search?.upsertPrepared && prepared.length === search.docs.length)
        this.search.upsertPrepared(prepared);
      else this.search?.upsert(search.docs.map((d) => (isPrepared(d) ? searchDocOf(d.doc) : d)));
      return outcomes;
    });
    // IMMEDIATE: take the write lock up front, so the transaction never fails half-way on a busy database.
    return run.immediate();
  }

  private storeIssue(input: IssueInput, link: IssueLinker, search: SearchWork): IssueOutcome {
    const iid = issueId(input);
    this.s.paper.run(input.paper, input.paperName ?? input.paper);
    this.s.issue.run(iid, input.paper, input.date, input.edition);
    const pages = [...input.pages]
      .sort((a, b) => a.page - b.page)
      .map((p) => this.storePage(input, p, search));
    const relinked = pages.some((p) => p.status !== "unchanged");
    if (relinked) this.relink(iid, link, this.givenLinks(input, pages));
    return {
      id: iid,
      pages,
      relinked,
      links: this.s.countLinks.get(iid) ?? 0,
      linkMessages: this.s.countLinkMessages.get(iid) ?? 0,
    };
  }

  private storePage(input: IssueInput, p: PageInput, search: SearchWork): PageOutcome {
    const iid = issueId(input);
    const pid = pageId(input, p.page);
    const sha = p.ready?.sha256 ?? sha256Hex(p.raw);
    const current = this.s.current.get(pid);
    const outcome = { id: pid, page: p.page, file: p.file };
    if (current?.sha256 === sha) {
      const articles = this.s.countArticles.get(pid) ?? 0;
      return { ...outcome, status: "unchanged", version: current.version, articles, warnings: 0 };
    }
    const version = (this.s.lastVersion.get(pid)?.v ?? 0) + 1;
    const removed = JSON.stringify(p.parsed.removed);
    this.s.raw.run(sha, p.raw.byteLength, p.raw);
    if (current === undefined) this.s.insertPage.run(pid, iid, p.page, p.pageName, version, removed);
    else this.s.updatePage.run(p.pageName, version, removed, pid);
    this.s.version.run(pid, version, sha, p.file, this.now().toISOString());
    if (p.image !== undefined) writePageImage(this.db, pid, version, p.image);

    // The previous parse goes: its search documents (at the end: see ingestIssues), messages and articles
    // (their links cascade).
    search.stale.push(...this.s.articleIds.all(pid));
    this.s.deletePageMessages.run(pid);
    this.s.deleteArticles.run(pid);
    const { ready } = p;
    const insert = (i: number, a: ArticleColumns, data: StoredText) => {
      const id = articleId(input, p.page, i + 1);
      this.s.article.run(id, iid, pid, i + 1, a.kind, a.title, a.continuesOn, a.continuedFrom, data);
      search.fresh.push(id);
    };
    if (ready !== undefined) {
      // Not p.parsed.articles: a page from a reading thread has them only as this JSON (ready.ts packIssue).
      for (const [i, a] of ready.columns.entries()) insert(i, a, ready.data[i] as StoredText);
      search.docs.push(...ready.search);
    } else {
      const place = { paper: input.paper, date: input.date, page: p.page };
      for (const [i, a] of storedArticles(input, p).entries()) {
        insert(i, a, JSON.stringify(a));
        search.docs.push(searchDoc({ ...place, id: a.id }, a));
      }
    }
    for (const m of p.parsed.messages)
      this.s.message.run(iid, pid, null, "parse", m.level, m.rule ?? null, m.line ?? null, m.message);
    const status = current === undefined ? "added" : "replaced";
    const warnings = p.parsed.messages.filter(isWarning).length;
    return { ...outcome, status, version, articles: articleCount(p), warnings };
  }

  /**
   * The links that came with the input (IssueInput.links), with the page of each article they may name, when they
   * hold for the issue as stored now: every page of it is one of the input's, stored anew. Else null.
   */
  private givenLinks(input: IssueInput, pages: readonly PageOutcome[]): Given | null {
    if (input.links === undefined || pages.some((p) => p.status === "unchanged")) return null;
    if (this.s.countPages.get(issueId(input)) !== input.pages.length) return null;
    const pageOf = new Map<string, string>();
    for (const p of input.pages) {
      const pid = pageId(input, p.page);
      for (let i = 1; i <= articleCount(p); i++) pageOf.set(articleId(input, p.page, i), pid);
    }
    return { links: input.links, pageOf };
  }

  /**
   * Links the issue anew over all its stored pages (a page ingested today may complete last week's jump), or
   * stores the links given when they hold (givenLinks).
   */
  private relink(iid: string, link: IssueLinker, given: Given | null): void {
    this.s.deleteLinks.run(iid);
    this.s.deleteLinkMessages.run(iid);
    const { links: result, pageOf } = given ?? this.linkStored(iid, link);
    for (const l of result.links)
      this.s.link.run(iid, l.kind, l.from, l.to, l.confidence, JSON.stringify(l.evidence));
    for (const m of result.messages) {
      const page = pageOf.get(m.article) ?? null;
      this.s.message.run(
        iid,
        page,
        page === null ? null : m.article,
        "link",
        m.level,
        m.rule,
        m.line ?? null,
        m.message,
      );
    }
  }

  /** The linker run over every stored page of the issue, read back from the archive. */
  private linkStored(iid: string, link: IssueLinker): Given {
    const pages = new Map<number, LinkPage & { articles: LinkPage["articles"][number][] }>();
    const pageOf = new Map<string, string>();
    for (const row of this.s.issueArticles.all(iid)) {
      const page = pages.get(row.page) ?? { page: row.page, articles: [] };
      pages.set(row.page, page);
      page.articles.push({ id: row.id, article: toArticle(row.data) });
      pageOf.set(row.id, row.page_id);
    }
    return { links: link([...pages.values()]), pageOf };
  }
}

/** An issue's links with the page id of every article they may name. */
interface Given {
  links: IssueLinks;
  pageOf: Map<string, string>;
}
