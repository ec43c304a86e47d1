// The archive's contract: what goes in (one issue's parsed pages with their raw bytes), what comes out
// (papers, issues, pages and their versions, articles, links, messages, stats). One interface, several
// implementations (SQLite now, PostgreSQL later), one contract suite (contract.test-suite.ts).
import type { IssueLinks, Link, LinkPage } from "../link/index.js";
import type { Article, Message, Page } from "../model/index.js";
import type { StoredText, WritablePrepared } from "../search/prepare.js";
import type { IssueKey } from "./ids.js";

export interface PaperRecord {
  id: string;
  /** As printed on the masthead; the id again for a paper the registry does not know. */
  name: string;
  formerNames: string[];
}

/** One page of an issue to store: its raw input and the parse of it. */
export interface PageInput {
  page: number;
  pageName: string | null;
  /** The input path as given, kept with the version. */
  file: string;
  raw: Uint8Array;
  parsed: Page;
  /** The page's picture (PDF input), stored with this version; articles' `zones` are in its page box. */
  image?: PageImageInput;
  /**
   * The page as the archive will store it, worked out ahead of the write (readyIssue in ready.ts, e.g. in a worker
   * thread while the writer stores the previous batch). Optional: a store works it out itself when absent.
   */
  ready?: ReadyPage;
}

/**
 * What the writer would make of a page's parse, made beforehand: readyIssue() (ready.ts) is the only maker,
 * packIssue() the only changer.
 */
export interface ReadyPage {
  /** Of the raw bytes. */
  sha256: string;
  /** Each article's columns in the archive beside its data. */
  columns: ArticleColumns[];
  /** Each article as stored (its id set), serialized: a string, or its UTF-8 bytes (packIssue in ready.ts). */
  data: StoredText[];
  /** Each article made ready for the search index (src/search/prepare.ts), its long texts maybe as bytes. */
  search: WritablePrepared[];
}

/** What the archive keeps of an article in columns of its own, beside its JSON (ReadyPage). */
export type ArticleColumns = Pick<Article, "kind" | "title" | "continuesOn" | "continuedFrom">;

/** A page drawn from its PDF: the facsimile the reader shows with clickable article zones. */
export interface PageImageInput {
  format: "webp" | "png";
  /** Pixels. */
  width: number;
  height: number;
  /** The page box in PDF points, the space article zones are measured in. */
  pageWidth: number;
  pageHeight: number;
  /** The page of the source PDF it was drawn from, 1-based (a multi-page PDF holds several). */
  sourcePage: number;
  bytes: Uint8Array;
}

/** A stored page image without its bytes: what a page view needs to lay out the facsimile. */
export interface PageImageInfo extends Omit<PageImageInput, "bytes"> {
  /** The page version it belongs to. */
  version: number;
  /** Of the image bytes (an ETag, a cache-busting URL). */
  sha256: string;
  size: number;
}

export interface StoredPageImage extends PageImageInfo {
  bytes: Uint8Array;
}

export interface IssueInput extends IssueKey {
  /** Printed name for a paper the registry does not know yet; ignored for known papers. */
  paperName: string | null;
  pages: readonly PageInput[];
  /**
   * The issue's links over exactly these pages (readyIssue, ready.ts), for an issue the archive held no page of
   * when they were made; a store that finds other stored pages of the issue links it anew over all of them.
   */
  links?: IssueLinks;
}

/** Links an issue's pages; pure. Runs inside the ingest transaction, over every stored page of the issue. */
export type IssueLinker = (pages: LinkPage[]) => IssueLinks;

export type PageStatus = "added" | "replaced" | "unchanged";

export interface PageOutcome {
  id: string;
  page: number;
  file: string;
  status: PageStatus;
  /** The page's current version after the ingest, 1 for a new page. */
  version: number;
  articles: number;
  /** The parse's messages of warning or error level (0 for an unchanged page). */
  warnings: number;
}

export interface IssueOutcome {
  id: string;
  pages: PageOutcome[];
  /** False when no page changed, so the issue's links were left as they were. */
  relinked: boolean;
  links: number;
  /** Link messages of the issue (unmatched jump lines, contents entries without an article). */
  linkMessages: number;
}

/** A message as stored: the stage that raised it and what it is about. */
export interface StoredMessage extends Message {
  stage: "parse" | "link";
  page: number | null;
  article: string | null;
}

export interface StoredArticle extends IssueKey {
  id: string;
  issue: string;
  page: number;
  /** 1-based place among the page's articles. */
  position: number;
  /** As parsed (page schema), with `id` the archive id. */
  article: Article;
  /** Links from and to this article. */
  links: Link[];
  /** Link messages about this article. */
  messages: StoredMessage[];
}

export interface PageVersion {
  version: number;
  sha256: string;
  size: number;
  file: string;
  /** ISO timestamp. */
  ingestedAt: string;
}

export interface PageRecord {
  id: string;
  page: number;
  pageName: string | null;
  current: PageVersion;
  articles: { id: string; kind: Article["kind"]; title: string | null }[];
}

export interface IssueRecord extends IssueKey {
  id: string;
  paperName: string;
  pages: PageRecord[];
  links: Link[];
  messages: StoredMessage[];
}

/** A paper that has issues in the archive: how many, and the first and last date. */
export interface PaperSpan {
  id: string;
  name: string;
  issues: number;
  first: string;
  last: string;
}

export interface IssueSummary extends IssueKey {
  id: string;
  pages: number;
  articles: number;
}

export interface ArchiveStats {
  papers: number;
  issues: number;
  pages: number;
  /** Page versions, the current ones included. */
  versions: number;
  articles: number;
  links: { jump: number; toc: number };
  messages: { info: number; warning: number; error: number };
  /** Link messages by rule (link/jump-unmatched, link/jump-target-missing, …). */
  linkMessages: Record<string, number>;
  /** Page images (PDF pages' facsimiles), one per page version that has one. */
  images: number;
  /** Sizes in bytes; null where the implementation cannot tell. `images`: the stored image files. */
  bytes: { raw: number; images: number; database: number | null; searchIndex: number | null };
}

export interface ArchiveStore {
  listPapers(): Promise<PaperRecord[]>;
  /** The sha256 of each stored page's current raw input, by page number: what an ingest can skip. */
  pageDigests(issue: IssueKey): Promise<Map<number, string>>;
  /**
   * Stores one issue's pages in one transaction: raw inputs, versions, articles, search documents, then
   * the issue's links (`link` over all its stored pages). Unchanged pages (same bytes) change nothing;
   * when no page changed nothing is written. On any error nothing of the issue is written.
   */
  ingestIssue(input: IssueInput, link: IssueLinker): Promise<IssueOutcome>;
  getArticle(id: string): Promise<StoredArticle | null>;
  getIssue(id: string): Promise<IssueRecord | null>;
  listIssues(filter?: { paper?: string }): Promise<IssueSummary[]>;
  /** Papers with at least one issue, by id: what a reader's home and search pages list, without every issue. */
  paperSpans(): Promise<PaperSpan[]>;
  /** Every version of a page, oldest first; empty for an unknown page. */
  pageVersions(pageId: string): Promise<PageVersion[]>;
  /** Raw input bytes by sha256, byte for byte as ingested. */
  rawInput(sha256: string): Promise<Uint8Array | null>;
  /** A page's image (its current version's unless `version` is given); null when it has none. */
  pageImage(pageId: string, version?: number): Promise<StoredPageImage | null>;
  /** The same without the bytes. */
  pageImageInfo(pageId: string, version?: number): Promise<PageImageInfo | null>;
  stats(): Promise<ArchiveStats>;
  /**
   * The words its search index keeps whole when it segments (SearchIndex.userWords): what a thread that makes
   * issues ready (store/ready.ts) cuts with, besides the issue's own. Optional: a store without them leaves it out.
   */
  searchWords?(): string[];
  close(): Promise<void>;
}
