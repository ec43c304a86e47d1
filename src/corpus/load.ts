// Loads the development corpus (../shared/corpus/rmrb-2019-2020-dev.jsonl): real 人民日报 pages with
// their articles in reading order. The text is research-use only: it is read at run time, never copied.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const CORPUS_FILE = "rmrb-2019-2020-dev.jsonl";

export type JumpRole = "start" | "continuation";

export interface CorpusArticle {
  order: number;
  /** 引题, null when the page has none. */
  kicker: string | null;
  /** 主题, with the column tag the site appends, e.g. the （乡村行） in 春风吹绿小山村（乡村行）. */
  title: string;
  /** 副题, as printed (often starting with ——). */
  subtitle: string | null;
  /** Always null in this corpus: bylines were not kept. */
  author: string | null;
  /** Paragraphs joined by \n; may hold empty and NBSP-only paragraphs. */
  body: string;
  /** start: the story continues on alsoListedOnPages[0]; continuation: it began there. */
  jumpRole: JumpRole | null;
  alsoListedOnPages: number[];
}

export interface CorpusPage {
  paper: string;
  /** YYYY-MM-DD. */
  date: string;
  page: number;
  pageName: string | null;
  pagesInIssue: number;
  articles: CorpusArticle[];
}

/**
 * The corpus file: $BANMIAN_CORPUS (the file, or the folder holding it) when set, else
 * ../shared/corpus/ next to the repository root. Null when the file is not there. `env` is the
 * environment to read, so a command can pass its own (tests run commands without a process).
 */
export function corpusPath(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const fromEnv = env.BANMIAN_CORPUS;
  const candidate =
    fromEnv !== undefined && fromEnv !== ""
      ? resolve(fromEnv)
      : resolve(repoRoot(), "..", "shared", "corpus", CORPUS_FILE);
  if (!existsSync(candidate)) return null;
  if (statSync(candidate).isDirectory()) {
    const inFolder = join(candidate, CORPUS_FILE);
    return existsSync(inFolder) ? inFolder : null;
  }
  return candidate;
}

/** The nearest folder above this module that holds a package.json (works from src/ and dist/). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** Reads and checks every line; a malformed line throws with its line number. */
export function loadCorpus(path: string): CorpusPage[] {
  const lines = readFileSync(path, "utf8").split("\n");
  const pages: CorpusPage[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const where = `${path}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${where}: not JSON (${String(error)})`);
    }
    pages.push(toPage(value, where));
  });
  return pages;
}

type Json = Record<string, unknown>;

function toPage(value: unknown, where: string): CorpusPage {
  const o = asObject(value, where);
  const articles = o.articles;
  if (!Array.isArray(articles)) throw new Error(`${where}: articles must be an array`);
  return {
    paper: str(o, "paper", where),
    date: date(o, where),
    page: int(o, "page", where),
    pageName: strOrNull(o, "pageName", where),
    pagesInIssue: int(o, "pagesInIssue", where),
    articles: articles.map((a: unknown, i) => toArticle(a, `${where} article ${i + 1}`)),
  };
}

function toArticle(value: unknown, where: string): CorpusArticle {
  const o = asObject(value, where);
  const role = o.jumpRole;
  if (role !== null && role !== "start" && role !== "continuation") {
    throw new Error(`${where}: jumpRole must be start, continuation or null`);
  }
  const pages = o.alsoListedOnPages;
  if (!Array.isArray(pages) || !pages.every((p) => Number.isInteger(p))) {
    throw new Error(`${where}: alsoListedOnPages must be an array of page numbers`);
  }
  return {
    order: int(o, "order", where),
    kicker: strOrNull(o, "kicker", where),
    title: str(o, "title", where),
    subtitle: strOrNull(o, "subtitle", where),
    author: strOrNull(o, "author", where),
    body: str(o, "body", where),
    jumpRole: role,
    alsoListedOnPages: pages as number[],
  };
}

function asObject(value: unknown, where: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`${where}: expected an object`);
  }
  return value as Json;
}

function str(o: Json, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== "string") throw new Error(`${where}: ${key} must be a string`);
  return v;
}

function strOrNull(o: Json, key: string, where: string): string | null {
  const v = o[key] ?? null;
  if (v !== null && typeof v !== "string") throw new Error(`${where}: ${key} must be a string or null`);
  return v;
}

function int(o: Json, key: string, where: string): number {
  const v = o[key];
  if (typeof v !== "number" || !Number.isInteger(v)) throw new Error(`${where}: ${key} must be an integer`);
  return v;
}

function date(o: Json, where: string): string {
  const v = str(o, "date", where);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new Error(`${where}: date must be YYYY-MM-DD, got ${v}`);
  return v;
}
