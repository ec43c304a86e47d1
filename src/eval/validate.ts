// Loaded values checked against the page shape, field by field, so a bad file fails with a place and a
// reason instead of a crash deep in scoring. Gold may omit scored fields; predictions get schema defaults.
import type { Dateline, Page, Removal, TocEntry } from "../model/index.js";
import { emptyArticle } from "../model/index.js";
import type { Located, Result } from "./load.js";
import type { GoldPage } from "./types.js";

type Check = (value: unknown) => boolean;
interface Rule {
  check: Check;
  expected: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === "string";
function orNull(check: Check): Check {
  return (v) => v === null || check(v);
}
function orAbsent(check: Check): Check {
  return (v) => v === undefined || check(v);
}
function arrayOf(check: Check): Check {
  return (v) => Array.isArray(v) && v.every(check);
}
function oneOf(...values: string[]): Check {
  return (v) => typeof v === "string" && values.includes(v);
}
function fields(checks: Record<string, Check>): Check {
  return (v) => isObject(v) && Object.entries(checks).every(([key, check]) => check(v[key]));
}

const text = orNull(isString);
const pageNumber = orNull(Number.isInteger);
const ROLES = ["reporter", "correspondent", "photographer", "author", "editor", "other"];
const KINDS = ["article", "photo", "toc", "notice", "other"];

// Dateline parts and toc kicker/page are not required by the schema; absent reads as null.
const isDateline = fields({
  source: orAbsent(text),
  place: orAbsent(text),
  date: orAbsent(text),
  text: orAbsent(isString),
});
const isAuthor = fields({ name: isString, role: oneOf(...ROLES) });
const isTocEntry = fields({
  title: isString,
  kicker: orAbsent(text),
  subtitle: orAbsent(text),
  page: orAbsent(pageNumber),
});

const ARTICLE_RULES: Record<string, Rule> = {
  kind: { check: oneOf(...KINDS), expected: `one of ${KINDS.join(", ")}` },
  label: { check: text, expected: "a string or null" },
  kicker: { check: text, expected: "a string or null" },
  title: { check: text, expected: "a string or null" },
  subtitle: { check: text, expected: "a string or null" },
  dateline: { check: orNull(isDateline), expected: "null or {source, place, date}" },
  authors: { check: arrayOf(isAuthor), expected: "an array of {name, role}" },
  editorNote: { check: text, expected: "a string or null" },
  paragraphs: { check: arrayOf(isString), expected: "an array of strings" },
  continuesOn: { check: pageNumber, expected: "an integer or null" },
  continuedFrom: { check: pageNumber, expected: "an integer or null" },
  toc: { check: arrayOf(isTocEntry), expected: "an array of {kicker, title, page}" },
  credits: { check: arrayOf(isString), expected: "an array of strings" },
  editorNoteLabel: { check: isString, expected: "a string" },
};

/** Absent fields: gold leaves them unscored (paragraphs excepted), predictions take the empty value. */
type Mode = "gold" | "pred";

function readArticle(value: unknown, place: string, mode: Mode): Result<Record<string, unknown>> {
  if (!isObject(value)) return { ok: false, error: `${place}: must be an object` };
  const defaults: Record<string, unknown> = mode === "pred" ? { ...emptyArticle() } : {};
  const article: Record<string, unknown> = { ...value };
  for (const [key, rule] of Object.entries(ARTICLE_RULES)) {
    if (article[key] === undefined) {
      if (key === "paragraphs" && mode === "gold")
        return { ok: false, error: `${place}: "paragraphs" is missing` };
      if (defaults[key] !== undefined) article[key] = defaults[key];
    } else if (!rule.check(article[key])) {
      return { ok: false, error: `${place}: "${key}" must be ${rule.expected}` };
    }
  }
  if (isObject(article.dateline)) article.dateline = readDateline(article.dateline);
  if (Array.isArray(article.toc)) article.toc = article.toc.filter(isObject).map(readTocEntry);
  return { ok: true, value: article };
}

function readDateline(d: Record<string, unknown>): Dateline {
  const part = (v: unknown): string | null => (typeof v === "string" ? v : null);
  const dateline: Dateline = { source: part(d.source), place: part(d.place), date: part(d.date) };
  if (typeof d.text === "string") dateline.text = d.text;
  return dateline;
}

function readTocEntry(e: Record<string, unknown>): TocEntry {
  const entry: TocEntry = {
    kicker: typeof e.kicker === "string" ? e.kicker : null,
    title: String(e.title),
    page: typeof e.page === "number" ? e.page : null,
  };
  if (e.subtitle !== undefined) entry.subtitle = typeof e.subtitle === "string" ? e.subtitle : null;
  return entry;
}

const REASONS = ["duplicate", "header", "jump", "other"] as const;

function readRemoved(value: unknown, place: string): Result<Removal[]> {
  if (!arrayOf(fields({ text: isString, reason: isString }))(value) || !Array.isArray(value)) {
    return { ok: false, error: `${place}: "removed" must be an array of {text, reason}` };
  }
  const removed = value.filter(isObject).map((r): Removal => {
    // Unknown reasons are kept as "other": they can never be a scored duplicate.
    const reason = REASONS.find((known) => known === r.reason) ?? "other";
    return { text: String(r.text), reason };
  });
  return { ok: true, value: removed };
}

function readPage(located: Located, mode: Mode): Result<Record<string, unknown>> {
  const { value, place } = located;
  if (!isObject(value)) return { ok: false, error: `${place}: a page must be a JSON object` };
  if (typeof value.file !== "string") return { ok: false, error: `${place}: "file" must be a string` };
  if (!Array.isArray(value.articles)) return { ok: false, error: `${place}: "articles" must be an array` };
  const page: Record<string, unknown> = { ...value };
  const articles: Record<string, unknown>[] = [];
  for (const [i, raw] of value.articles.entries()) {
    const article = readArticle(raw, `${place}: article ${i + 1}`, mode);
    if (!article.ok) return article;
    articles.push(article.value);
  }
  page.articles = articles;
  if (value.removed !== undefined || mode === "pred") {
    const removed = readRemoved(value.removed ?? [], place);
    if (!removed.ok) return removed;
    page.removed = removed.value;
  }
  if (mode === "pred") {
    for (const key of ["paper", "date", "page", "pageName"]) page[key] ??= null;
    page.messages ??= [];
  }
  return { ok: true, value: page };
}

function readAll<T>(values: Located[], mode: Mode): Result<T[]> {
  const pages: T[] = [];
  for (const located of values) {
    const page = readPage(located, mode);
    if (!page.ok) return page;
    // Checked field by field above; this is the one place a loaded value becomes typed.
    pages.push(page.value as T);
  }
  return { ok: true, value: pages };
}

export function readGoldPages(values: Located[]): Result<GoldPage[]> {
  return readAll<GoldPage>(values, "gold");
}

export function readPredPages(values: Located[]): Result<Page[]> {
  return readAll<Page>(values, "pred");
}
