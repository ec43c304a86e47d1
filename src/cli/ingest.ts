// `banmian ingest INPUT…`: page files, folders and manifests into the archive, one transaction per issue;
// same bytes again change nothing. Exit status: 0 all stored, 1 any input failed, 2 bad usage or no archive.
import { statSync } from "node:fs";
import { extname, resolve } from "node:path";
import type { parseArgs } from "node:util";
import { discover, type IngestSummary, ingestSources, type SourceMeta } from "../archive/index.js";
import { parseIsoDate } from "../meta/index.js";
import { EDITION } from "../store/index.js";
import { DB_HELP, dbPath, openArchive } from "./archive-db.js";
import { type ArgsConfig, type Command, readArgs, usageError } from "./io.js";
import { progress } from "./progress.js";
import { DEFAULT_MAX_BYTES } from "./read-page.js";

const HELP = `usage: banmian ingest INPUT… [options]

Stores pages in the archive: parsed articles, raw bytes (with sha256) and every version, linked per issue
(jump lines, contents entries). INPUT is a page file, a folder, or a manifest (.json or .csv):
  folders     walked for .txt and .pdf files laid out as <paper>/<YYYY-MM-DD>/p<NN>.txt or named
              <paper>-<YYYY-MM-DD>-p<NN>.txt (e.g. examples/, holding lcrb/2025-04-24/p01.txt)
  manifests   rows of file, paper, date, page, page name, edition; files relative to the manifest
  PDF files   one page per PDF page, each with its page image for the reader; a multi-page PDF is
              numbered from its page (--page, the name, the manifest) or from 1
Ingesting the same bytes again changes nothing; a changed page gets a new version (the old one is kept).

options:
${DB_HELP}
  --paper ID|NAME            paper id (lcrb) or printed name (聊城日报), for every input
  --date YYYY-MM-DD          issue date, for every input
  --page N                   page number (one page file only; a multi-page PDF's first page)
  --page-name NAME           page name (版名), e.g. 要闻 (one page file only)
  --edition CODE             edition (default a)
  --max-bytes N              refuse page files larger than N bytes
  --threads N                threads reading and parsing pages while one writes (default: cores − 1
                             from 64 pages on, else 0: all in one thread)

Exit status: 0 when every input was stored (or already was), 1 when any failed, 2 on bad usage.
`;

const ARGS = {
  allowPositionals: true,
  options: {
    db: { type: "string" },
    paper: { type: "string" },
    date: { type: "string" },
    page: { type: "string" },
    "page-name": { type: "string" },
    edition: { type: "string" },
    "max-bytes": { type: "string" },
    threads: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
} as const satisfies ArgsConfig;

export const ingestCommand: Command = async (argv, io) => {
  const args = readArgs(io, "ingest", HELP, argv, ARGS);
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  if (positionals.length === 0)
    return usageError(io, "ingest", "no input: name page files, folders or a manifest");
  const flags = readFlags(values, positionals.length);
  if (typeof flags === "string") return usageError(io, "ingest", flags);
  const [only = ""] = positionals;
  if ((flags.page !== undefined || flags.pageName !== undefined) && !isPageFile(resolve(io.cwd, only)))
    return usageError(
      io,
      "ingest",
      `--page and --page-name go with one page file, not a folder or manifest (${only})`,
    );
  const maxBytes = values["max-bytes"] === undefined ? DEFAULT_MAX_BYTES : Number(values["max-bytes"]);
  if (!(maxBytes > 0)) return usageError(io, "ingest", "--max-bytes must be a positive number");
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0 && threads <= MAX_THREADS))
    return usageError(io, "ingest", `--threads must be a whole number from 0 to ${MAX_THREADS}`);

  const path = dbPath(values.db, io);
  const opened = openArchive(path, "write");
  if (!opened.ok) {
    io.stderr(`banmian ingest: ${opened.error}\n`);
    return 2;
  }
  const store = opened.store;
  try {
    const found = discover(positionals, io.cwd, flags);
    for (const f of found.failures) io.stderr(`banmian ingest: ${f.file}: ${f.reason}\n`);
    const bar = progress(io);
    const summary = await ingestSources(store, found.sources, {
      maxBytes,
      ...(threads === undefined ? {} : { threads }),
      onPage: bar.page,
      onMerge: () => {
        bar.end();
        io.stderr("banmian ingest: merging the search index after a large load…\n");
      },
    });
    bar.end();
    summary.failures.unshift(...found.failures);
    io.stdout(formatSummary(summary, path, found.skipped));
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
};

/** More threads than this only wait for the one writer. */
const MAX_THREADS = 16;

type Values = ReturnType<typeof parseArgs<typeof ARGS & { args: string[] }>>["values"];

/** Flags as page metadata for every input; a string is what is wrong with them. */
function readFlags(values: Values, inputs: number): SourceMeta | string {
  const meta: SourceMeta = {};
  if (values.paper !== undefined) meta.paper = values.paper;
  if (values.date !== undefined) {
    const date = parseIsoDate(values.date);
    if (date === null) return `--date must be a calendar date as YYYY-MM-DD, not '${values.date}'`;
    meta.date = date;
  }
  if (values.page !== undefined) {
    if (inputs !== 1) return "--page goes with one page file, not several inputs";
    if (!/^\s*\d{1,3}\s*$/u.test(values.page) || Number(values.page) < 1)
      return `--page must be a positive whole number, not '${values.page}'`;
    meta.page = Number(values.page);
  }
  if (values["page-name"] !== undefined) {
    if (inputs !== 1) return "--page-name goes with one page file, not several inputs";
    meta.pageName = values["page-name"];
  }
  if (values.edition !== undefined) {
    if (!EDITION.test(values.edition))
      return `--edition must be a short code like a, b or am, not '${values.edition}'`;
    meta.edition = values.edition;
  }
  return meta;
}

/** Not a folder nor a manifest; a missing file counts as a page file (discovery reports it). */
function isPageFile(path: string): boolean {
  if ([".json", ".csv"].includes(extname(path).toLowerCase())) return false;
  try {
    return !statSync(path).isDirectory();
  } catch {
    return true;
  }
}

export function formatSummary(s: IngestSummary, db: string, skipped: number): string {
  const total = s.pages.added + s.pages.replaced + s.pages.unchanged + s.pages.failed;
  const lines = [
    `${total} page${total === 1 ? "" : "s"} into ${db}: ${s.pages.added} added, ${s.pages.replaced} replaced, ` +
      `${s.pages.unchanged} unchanged, ${s.pages.failed} failed`,
    `${s.issues} issue${s.issues === 1 ? "" : "s"} linked: ${s.articles} articles stored, ${s.links} links, ` +
      `${s.warnings} parser warnings, ${s.linkMessages} link notes`,
  ];
  if (s.threads > 0)
    lines.push(`pages read and parsed by ${s.threads} thread${s.threads === 1 ? "" : "s"} beside the writer`);
  if (s.merged > 0) lines.push(`search index merged into one segment (${s.merged} steps) after a large load`);
  if (skipped > 0)
    lines.push(`${skipped} file${skipped === 1 ? "" : "s"} in folders skipped (not .txt or .pdf)`);
  if (s.failures.length > 0) {
    lines.push(`failures (${s.failures.length}):`);
    for (const f of s.failures) lines.push(`  ${f.file}: ${f.reason}`);
  }
  return `${lines.join("\n")}\n`;
}
