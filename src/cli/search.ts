// `banmian search QUERY`: full-text search of the archive, read-only, as text or JSON (total, hits, facets).
// Exit status: 0 searched (with or without hits), 2 bad usage, no archive, or no search index in it.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import type { ArticleKind } from "../model/index.js";
import {
  parseQuery,
  positiveTerms,
  type SearchQuery,
  type SearchResult,
  termLength,
} from "../search/index.js";
import { archiveSearchIndex } from "../store/index.js";
import { DB_HELP, dbPath } from "./archive-db.js";
import type { Command, Io } from "./io.js";

const HELP = `usage: banmian search QUERY... [options]

Finds articles holding every term of QUERY (several arguments are one query, joined by spaces):
  双拥 临沧             both strings, anywhere in the headline or text (any string of 2+ characters matches)
  "知识产权 质押"       a phrase, spaces included; "" inside a phrase is a literal "
  双拥 OR 拥军          either; OR binds tighter than AND: a b OR c = a AND (b OR c)
  双拥 -临沧, NOT 临沧  excludes; (parentheses) group
  拥                    a single character searches headlines only
Traditional and simplified, full- and half-width, upper and lower case all match each other.

options:
${DB_HELP}
  --paper ID                 only this paper (registry id, e.g. lcrb)
  --from DATE, --to DATE     only issues in this range, inclusive: YYYY-MM-DD, YYYY-MM or YYYY
  --page N                   only page N
  --kind KIND                only article, photo, toc, notice or other
  --author NAME              only articles with this author
  --limit N, --offset N      the page of hits: N hits (default 20, at most 1000) after skipping N
  --exact                    count every match: total and facets exact however many (else estimated past
                             10,000, and said so); slower for broad queries (seconds for a term of 3+
                             characters in tens of thousands of articles, each checked; past 200,000 of
                             them the counts stay estimates)
  --format text|json         text (default), or JSON: {"total", "hits": [{"id", "paper", "date", "page",
                             "kind", "title", "snippet", "score"}], "facets": {"paper", "year", "page"}}
`;

const text = { type: "string" } as const;
const OPTIONS = {
  db: text,
  paper: text,
  from: text,
  to: text,
  page: text,
  kind: text,
  author: text,
  limit: text,
  offset: text,
  format: text,
  exact: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function parse(argv: string[]) {
  return parseArgs({ args: exclusionsAsText(argv), allowPositionals: true, options: OPTIONS });
}

/**
 * `banmian search 双拥 -临沧`: an argument that starts with "-" but no option name (-临沧, -"…", -(…)) is
 * an exclusion in the query, so it becomes "NOT …", which means the same and does not look like an option.
 */
function exclusionsAsText(argv: string[]): string[] {
  return argv.map((arg, i) => {
    const previous = argv[i - 1] ?? "";
    const name = previous.slice(2);
    // After an option that takes a value (not a flag such as --exact), an argument is that value.
    const option = previous.startsWith("--") ? OPTIONS[name as keyof typeof OPTIONS] : undefined;
    const isValue = option?.type === "string";
    return !isValue && /^-[^A-Za-z-]/u.test(arg) ? `NOT ${arg.slice(1)}` : arg;
  });
}

function wholeNumber(name: string, value: string | undefined): number | undefined | Error {
  if (value === undefined) return undefined;
  const n = Number(value);
  return /^\d+$/.test(value.trim()) && Number.isSafeInteger(n)
    ? n
    : new Error(`--${name} must be a whole number`);
}

export const searchCommand: Command = async (argv, io) => {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals } = args;
  if (values.help === true) {
    io.stdout(HELP);
    return 0;
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    return usageError(io, `--format must be text or json, not '${format}'`);
  const q = positionals.join(" ");
  if (q.trim() === "") return usageError(io, "give a query, e.g. banmian search 双拥");
  const query: SearchQuery = { q };
  for (const name of ["page", "limit", "offset"] as const) {
    const n = wholeNumber(name, values[name]);
    if (n instanceof Error) return usageError(io, n.message);
    if (n !== undefined) query[name] = n;
  }
  for (const name of ["paper", "from", "to", "author"] as const) {
    const value = values[name];
    if (value !== undefined) query[name] = value;
  }
  if (values.kind !== undefined) query.kind = values.kind as ArticleKind; // checked by the index
  if (values.exact === true) query.exact = true;

  const path = dbPath(values.db, io);
  if (!existsSync(path)) {
    return fail(
      io,
      `no archive at ${path}: run \`banmian ingest\` first, or pass --db FILE or set BANMIAN_DB`,
    );
  }
  let result: SearchResult;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      result = archiveSearchIndex(db).search(query);
    } finally {
      db.close();
    }
  } catch (error) {
    return fail(io, (error as Error).message);
  }
  const single = positiveTerms(parseQuery(q)).filter((t) => termLength(t) === 1);
  if (single.length > 0)
    io.stderr(`banmian search: one-character terms search headlines only: ${single.join(" ")}\n`);
  io.stdout(
    format === "json" ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result, query, io.isTty),
  );
  return 0;
};

function fail(io: Io, message: string): number {
  io.stderr(`banmian search: ${message}\n`);
  return 2;
}

function usageError(io: Io, message: string): number {
  return fail(io, `${message}\n${HELP.trimEnd()}`);
}

// Text output: one block per hit, then the counts. Matches show in bold on a terminal; elsewhere the «»
// markers stay, so piped output still shows them.
const BOLD = "\u001b[1m";
const NORMAL = "\u001b[22m";

function highlight(snippet: string, tty: boolean): string {
  return tty ? snippet.replace(/«([^»]*)»/gu, `${BOLD}$1${NORMAL}`) : snippet;
}

function counts(facet: Record<string, number>): string {
  return Object.entries(facet)
    .sort(([, a], [, b]) => b - a)
    .map(([key, n]) => `${key} ${n}`)
    .join(", ");
}

export function formatResult(result: SearchResult, query: SearchQuery, tty: boolean): string {
  const offset = query.offset ?? 0;
  const { total, hits, facets } = result;
  if (total === 0) return `no articles match ${query.q}\n`;
  const lines: string[] = [];
  const shown = hits.length === 0 ? "none shown" : `${offset + 1}–${offset + hits.length} shown`;
  const about = result.approximate?.total === true ? "about " : "";
  lines.push(`${about}${total} article${total === 1 ? "" : "s"} match ${query.q} (${shown})`, "");
  for (const hit of hits) {
    const kind = hit.kind === "article" ? "" : `  [${hit.kind}]`;
    lines.push(
      `${hit.date}  ${hit.paper} p${hit.page}  ${tty ? BOLD : ""}${hit.title}${tty ? NORMAL : ""}${kind}`,
    );
    if (hit.snippet !== "") lines.push(`    ${highlight(hit.snippet, tty)}`);
    lines.push(`    ${hit.id}`, "");
  }
  if (offset + hits.length < total) lines.push(`more: --offset ${offset + hits.length}`);
  const estimated = result.approximate?.facets === true ? ", estimated" : "";
  lines.push(
    `by year${estimated}: ${counts(facets.year)}`,
    `by paper${estimated}: ${counts(facets.paper)}`,
    `by page${estimated}: ${counts(facets.page)}`,
  );
  if (about !== "" || estimated !== "") lines.push("(estimated from a sample; --exact counts every match)");
  return `${lines.join("\n")}\n`;
}
