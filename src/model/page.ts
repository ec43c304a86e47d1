// The output contract of `banmian parse`: ../shared/schema/page.schema.json, as types.
// Fields may be added here; none of the schema's may be renamed or dropped.

export type ArticleKind = "article" | "photo" | "toc" | "notice" | "other";

export type AuthorRole = "reporter" | "correspondent" | "photographer" | "author" | "editor" | "other";

export interface Author {
  name: string;
  role: AuthorRole;
}

export interface Dateline {
  /** 新华社, 本报, 中新社 … */
  source: string | null;
  place: string | null;
  /** As printed, e.g. 4月23日. */
  date: string | null;
  /** Added field: the dateline exactly as printed, e.g. 新华社北京4月23日电 or 本报讯. */
  text?: string;
}

export interface TocEntry {
  kicker: string | null;
  title: string;
  subtitle?: string | null;
  page: number | null;
}

export interface Article {
  /** Added field: stable within a page, e.g. a03 (the archive prefixes paper, date, edition, page). */
  id?: string;
  kind: ArticleKind;
  label: string | null;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  dateline: Dateline | null;
  authors: Author[];
  editorNote: string | null;
  paragraphs: string[];
  continuesOn: number | null;
  continuedFrom: number | null;
  toc?: TocEntry[];
  /** Added field: bylines and credits exactly as printed, e.g. （记者 董雪 冯欽然） or ■ 孙文辉. */
  credits?: string[];
  /** Added field: the label that introduced editorNote, as printed: 编者按, 编者的话. */
  editorNoteLabel?: string;
  /** Added field, PDF input only: where the article is printed, a box per column piece in reading order. */
  zones?: Zone[];
}

/**
 * A box on a page of a PDF file: `page` is the 1-based page index in the file (not the newspaper's page
 * number); x, y, w, h are PDF points (1/72 inch) from the page's top-left corner, y growing downwards.
 */
export interface Zone {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export type RemovalReason = "duplicate" | "header" | "jump" | "other";

export interface Removal {
  text: string;
  reason: RemovalReason;
}

export type MessageLevel = "info" | "warning" | "error";

export interface Message {
  level: MessageLevel;
  message: string;
  rule?: string;
  /** Added field: where, as a 1-based line number in the decoded text. */
  line?: number;
}

export interface Page {
  file: string;
  paper: string | null;
  /** Added field: the paper's registry id (lcrb), from the file name or flags; stable ids are built on it. */
  paperId?: string | null;
  date: string | null;
  page: number | null;
  pageName: string | null;
  articles: Article[];
  removed: Removal[];
  messages: Message[];
}

/** An article with every field at its empty value, to be filled by the field stages. */
export function emptyArticle(kind: ArticleKind = "article"): Article {
  return {
    kind,
    label: null,
    kicker: null,
    title: null,
    subtitle: null,
    dateline: null,
    authors: [],
    editorNote: null,
    paragraphs: [],
    continuesOn: null,
    continuedFrom: null,
  };
}
