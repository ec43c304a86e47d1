// `banmian parse FILES…`: stateless: page files in, one page object each out (json, jsonl or an outline).
// A PDF (by its %PDF- bytes) goes to the PDF adapter and gives one page object per PDF page.
import { closeSync, openSync, readSync } from "node:fs";
import { resolve } from "node:path";
import { formatOutline } from "../export/index.js";
import { parsePdf } from "../ingest/pdf/index.js";
import { isPdf } from "../ingest/sniff.js";
import type { LayoutKind } from "../layout/index.js";
import { parseIsoDate } from "../meta/index.js";
import type { Page } from "../model/index.js";
import type { PageMeta } from "../pipeline.js";
import { type ArgsConfig, type Command, readArgs, usageError } from "./io.js";
import { readBytes, readPage } from "./read-page.js";

const HELP = `usage: banmian parse FILE… [options]

Parses raw page text (UTF-8, UTF-16, GB18030/GBK; detected) or PDF files (their text layer; one page
object per PDF page) into structured articles, following the page contract (schema/page.schema.json).

options:
  --format json|jsonl|text   json: one object (an array for several files); jsonl: one page a line;
                             text: a readable outline (default: json)
  --paper ID|NAME            paper id (lcrb) or printed name (聊城日报)
  --date YYYY-MM-DD          issue date
  --page N                   page (版) number
  --page-name NAME           page name (版名), e.g. 要闻
  --layout blocks|indented|wrapped   skip layout detection (text input)
  --max-bytes N              refuse files larger than N bytes

Metadata comes from the flags, else the file name (<paper>-<YYYY-MM-DD>-p<NN>.txt or .pdf), else a page
header line in the text. The pages of a multi-page PDF are numbered on from --page or the file name's
page. Exit status: 0 when every file parsed, 1 when any could not be read (an encrypted, corrupt or
image-only PDF included), 2 on bad usage.
`;

const FORMATS = ["json", "jsonl", "text"] as const;
const LAYOUTS = ["blocks", "indented", "wrapped"] as const;

export const parseCommand: Command = async (argv, io) => {
  const args = readArgs(io, "parse", HELP, argv, ARGS);
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  const format = values.format ?? "json";
  if (!(FORMATS as readonly string[]).includes(format))
    return usageError(io, "parse", `--format must be one of ${FORMATS.join(", ")}, not '${format}'`);
  if (values.layout !== undefined && !(LAYOUTS as readonly string[]).includes(values.layout))
    return usageError(io, "parse", `--layout must be one of ${LAYOUTS.join(", ")}, not '${values.layout}'`);
  if (positionals.length === 0) return usageError(io, "parse", "no input files");
  const meta: PageMeta = {};
  if (values.paper !== undefined) meta.paper = values.paper;
  if (values.date !== undefined) {
    // Checked here, not left to the page's messages: a bad flag is the same mistake for every file.
    const date = parseIsoDate(values.date);
    if (date === null)
      return usageError(io, "parse", `--date must be a calendar date as YYYY-MM-DD, not '${values.date}'`);
    meta.date = date;
  }
  if (values["page-name"] !== undefined) meta.pageName = values["page-name"];
  if (values.page !== undefined) {
    // Digits only: Number() would also take 0x10, 1e1 and the empty string.
    const n = /^\s*\d+\s*$/u.test(values.page) ? Number(values.page) : Number.NaN;
    if (!Number.isInteger(n) || n < 1)
      return usageError(io, "parse", `--page must be a positive whole number, not '${values.page}'`);
    meta.page = n;
  }
  const maxBytes = values["max-bytes"] === undefined ? undefined : Number(values["max-bytes"]);
  if (maxBytes !== undefined && !(maxBytes > 0))
    return usageError(io, "parse", "--max-bytes must be a positive number");

  const pages: Page[] = [];
  let failed = 0;
  const emit = (page: Page) => {
    // Streamed formats print as they go, so one bad file never holds back the others.
    if (format === "jsonl") io.stdout(`${JSON.stringify(page)}\n`);
    else if (format === "text") io.stdout(`${formatOutline(page)}\n`);
    else pages.push(page);
  };
  for (const file of positionals) {
    if (startsAsPdf(resolve(io.cwd, file))) {
      const read = readBytes(file, io.cwd, maxBytes);
      if (!read.ok) {
        failed++;
        io.stderr(`banmian parse: ${read.error}\n`);
        continue;
      }
      for await (const result of parsePdf(read.bytes, { file, meta })) {
        if (result.ok) emit(result.page);
        else {
          failed++;
          io.stderr(`banmian parse: ${result.error}\n`);
        }
      }
      continue;
    }
    const read = readPage(file, io.cwd, {
      meta,
      ...(values.layout ? { layout: values.layout as LayoutKind } : {}),
      ...(maxBytes ? { maxBytes } : {}),
    });
    if (!read.ok) {
      failed++;
      io.stderr(`banmian parse: ${read.error}\n`);
      continue;
    }
    emit(read.page);
  }
  if (format === "json" && pages.length > 0)
    io.stdout(
      `${JSON.stringify(positionals.length === 1 && pages.length === 1 ? pages[0] : pages, null, 2)}\n`,
    );
  return failed > 0 ? 1 : 0;
};

/** The file starts with %PDF- (read from its first bytes; any read problem is left to the text path). */
function startsAsPdf(path: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(path, "r");
    const head = new Uint8Array(5);
    return readSync(fd, head, 0, 5, 0) === 5 && isPdf(head);
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

const ARGS = {
  allowPositionals: true,
  options: {
    format: { type: "string", short: "f" },
    paper: { type: "string" },
    date: { type: "string" },
    page: { type: "string" },
    "page-name": { type: "string" },
    layout: { type: "string" },
    "max-bytes": { type: "string" },
    help: { type: "boolean", short: "h" },
  },
} as const satisfies ArgsConfig;
