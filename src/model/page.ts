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
  /**
   * Added field, with `credits` and as long: where each credit is printed, as the number of the body's
   * pieces printed before it. The pieces, in print order: the editor's note (label and note, when there
   * is one), the dateline (when there is one), each paragraph; `printOrder` puts them together. From the
   * sample page (lcrb-2025-04-24-p01): the byline ■ 李长萍 above the 编者按 is at 0, the （记者 邹辉 通讯员
   * 朱真） after 本报讯 at 1, and the ■ 孙文辉 that ends the park photo's one-paragraph caption at 1; a
   * made-up two-picture item 图①：…… 张三摄 / 图②：…… 李四摄 has [1, 2]. In credits order, so never
   * decreasing. printOrder puts the dateline before every paragraph, also where a lead kept as a paragraph
   * is printed above it; credits keep their places among the paragraphs there too.
   */
  creditsAt?: number[];
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

/** One piece of an article's body as printed (printOrder). */
export type BodyPiece =
  | { kind: "editorNote"; label: string | null; text: string }
  | { kind: "dateline"; dateline: Dateline }
  | { kind: "credit"; text: string }
  | { kind: "paragraph"; text: string };

/** What printOrder reads: gold articles may leave the dateline and editor's note out (undefined). */
export type PrintedBody = Pick<Article, "paragraphs" | "credits" | "creditsAt" | "editorNoteLabel"> & {
  dateline?: Dateline | null | undefined;
  editorNote?: string | null | undefined;
};

/**
 * The body in print order: editor's note, dateline, paragraphs, with each credit where `creditsAt`
 * puts it. Without positions (or with positions that do not fit, as where a story stitched from parts
 * gathers the credits of several), credits go before the first paragraph, where bylines mostly are.
 */
export function printOrder(a: PrintedBody): BodyPiece[] {
  const head: BodyPiece[] = [];
  if (hasEditorNote(a))
    head.push({ kind: "editorNote", label: a.editorNoteLabel ?? null, text: a.editorNote ?? "" });
  if (a.dateline != null) head.push({ kind: "dateline", dateline: a.dateline });
  const pieces = [...head, ...a.paragraphs.map((text): BodyPiece => ({ kind: "paragraph", text }))];
  const places = creditPlaces(a);
  const out: BodyPiece[] = [];
  let next = 0;
  (a.credits ?? []).forEach((text, i) => {
    const place = places[i] ?? head.length;
    while (next < place) out.push(pieces[next++] as BodyPiece);
    out.push({ kind: "credit", text });
  });
  while (next < pieces.length) out.push(pieces[next++] as BodyPiece);
  return out;
}

function hasEditorNote(a: PrintedBody): boolean {
  return a.editorNote != null || a.editorNoteLabel !== undefined;
}

/** The pieces printOrder puts before the first paragraph: editor's note and dateline (0–2). */
export function headPieces(a: PrintedBody): number {
  return (hasEditorNote(a) ? 1 : 0) + (a.dateline != null ? 1 : 0);
}

/**
 * Where printOrder puts each credit (pieces before it): `creditsAt` when it fits the article, else before
 * the first paragraph.
 */
export function creditPlaces(a: PrintedBody): number[] {
  const credits = a.credits ?? [];
  const at = a.creditsAt;
  const size = headPieces(a) + a.paragraphs.length;
  const fits =
    at !== undefined &&
    at.length === credits.length &&
    at.every((n, i) => Number.isInteger(n) && n >= 0 && n <= size && n >= (at[i - 1] ?? 0));
  return fits ? [...at] : credits.map(() => headPieces(a));
}
