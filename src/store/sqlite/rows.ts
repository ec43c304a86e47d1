// Rows as SQLite returns them, and their mapping to the archive's records. JSON columns hold what this
// code wrote; reading them back trusts that (a damaged row shows as a parse error, not a silent null).
import type { JumpEvidence, Link, TocEvidence } from "../../link/index.js";
import type { Article, ArticleKind, MessageLevel } from "../../model/index.js";
import type { PageVersion, StoredMessage } from "../types.js";

export interface LinkRow {
  kind: string;
  from_article: string;
  to_article: string;
  confidence: number;
  evidence: string;
}

export interface MessageRow {
  stage: string;
  level: string;
  rule: string | null;
  line: number | null;
  message: string;
  page: number | null;
  article_id: string | null;
}

export interface VersionRow {
  version: number;
  sha256: string;
  size: number;
  file: string;
  ingested_at: string;
}

export function toLink(row: LinkRow): Link {
  const base = { from: row.from_article, to: row.to_article, confidence: row.confidence };
  if (row.kind === "toc") return { kind: "toc", ...base, evidence: JSON.parse(row.evidence) as TocEvidence };
  return { kind: "jump", ...base, evidence: JSON.parse(row.evidence) as JumpEvidence };
}

const LEVELS: readonly MessageLevel[] = ["info", "warning", "error"];

export function toMessage(row: MessageRow): StoredMessage {
  const level = LEVELS.find((l) => l === row.level) ?? "error";
  const m: StoredMessage = {
    level,
    message: row.message,
    stage: row.stage === "link" ? "link" : "parse",
    page: row.page,
    article: row.article_id,
  };
  if (row.rule !== null) m.rule = row.rule;
  if (row.line !== null) m.line = row.line;
  return m;
}

export function toVersion(row: VersionRow): PageVersion {
  return {
    version: row.version,
    sha256: row.sha256,
    size: row.size,
    file: row.file,
    ingestedAt: row.ingested_at,
  };
}

const KINDS: readonly ArticleKind[] = ["article", "photo", "toc", "notice", "other"];

export function toKind(kind: string): ArticleKind {
  return KINDS.find((k) => k === kind) ?? "other";
}

export function toArticle(data: string): Article {
  return JSON.parse(data) as Article;
}

/** The columns every message query selects, with the page number joined in. */
export const MESSAGE_COLUMNS =
  "m.stage, m.level, m.rule, m.line, m.message, p.page AS page, m.article_id FROM messages m LEFT JOIN pages p ON p.id = m.page_id";
export const LINK_COLUMNS = "kind, from_article, to_article, confidence, evidence FROM links";
export const VERSION_COLUMNS =
  "v.version, v.sha256, r.size, v.file, v.ingested_at FROM page_versions v JOIN raw_inputs r ON r.sha256 = v.sha256";
