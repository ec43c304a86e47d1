// A manifest lists page files with their metadata, as JSON (an array, or {"pages": [...]}) or CSV with a
// header row. Columns: file, paper, date, page, page name (also page_name, pageName), edition. Pure.
import { parseIsoDate } from "../meta/index.js";
import { EDITION } from "../store/index.js";
import type { SourceMeta } from "./sources.js";

export interface ManifestRow {
  /** "line 3" (CSV) or "entry 2" (JSON), for messages. */
  where: string;
  file: string;
  meta: SourceMeta;
}

export interface Manifest {
  rows: ManifestRow[];
  /** Rows that cannot be used, and why; a manifest that cannot be read at all is one error. */
  errors: { where: string; reason: string }[];
}

type Cells = Record<string, unknown>;

/** page name, page_name, pageName, Page-Name → pagename */
const column = (name: string): string => name.toLowerCase().replace(/[\s_-]+/gu, "");
const COLUMNS = new Set(["file", "paper", "date", "page", "pagename", "edition"]);

export function parseManifest(text: string, format: "json" | "csv"): Manifest {
  const body = text.replace(/^\uFEFF/u, "");
  return format === "json" ? fromJson(body) : fromCsv(body);
}

function fromJson(text: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { rows: [], errors: [{ where: "file", reason: `not JSON (${(error as Error).message})` }] };
  }
  const list = Array.isArray(value)
    ? value
    : isObject(value) && Array.isArray(value.pages)
      ? value.pages
      : null;
  if (list === null)
    return {
      rows: [],
      errors: [{ where: "file", reason: 'expected an array of pages or {"pages": [...]}' }],
    };
  const manifest: Manifest = { rows: [], errors: [] };
  list.forEach((entry: unknown, i) => {
    const where = `entry ${i + 1}`;
    if (!isObject(entry)) manifest.errors.push({ where, reason: "not an object" });
    else addRow(manifest, where, Object.fromEntries(Object.entries(entry).map(([k, v]) => [column(k), v])));
  });
  return manifest;
}

function fromCsv(text: string): Manifest {
  const records = csvRecords(text);
  const header = records.shift();
  if (header === undefined)
    return { rows: [], errors: [{ where: "file", reason: "empty: expected a header row" }] };
  const names = header.cells.map(column);
  const unknown = names.filter((n) => !COLUMNS.has(n));
  if (!names.includes("file"))
    return {
      rows: [],
      errors: [
        { where: "line 1", reason: "no file column (columns: file, paper, date, page, page name, edition)" },
      ],
    };
  const manifest: Manifest = { rows: [], errors: [] };
  if (unknown.length > 0)
    manifest.errors.push({ where: "line 1", reason: `unknown column(s) ${unknown.join(", ")} ignored` });
  for (const record of records) {
    if (record.cells.every((c) => c.trim() === "")) continue;
    const cells: Cells = {};
    names.forEach((name, i) => {
      const cell = record.cells[i]?.trim();
      if (cell !== undefined && cell !== "") cells[name] = cell;
    });
    addRow(manifest, `line ${record.line}`, cells);
  }
  return manifest;
}

function addRow(manifest: Manifest, where: string, cells: Cells): void {
  const fail = (reason: string) => manifest.errors.push({ where, reason });
  const str = (key: string): string | undefined => {
    const v = cells[key];
    return typeof v === "string" && v.trim() !== ""
      ? v.trim()
      : typeof v === "number"
        ? String(v)
        : undefined;
  };
  const file = str("file");
  if (file === undefined) return void fail("no file");
  const meta: SourceMeta = {};
  const paper = str("paper");
  if (paper !== undefined) meta.paper = paper;
  const date = str("date");
  if (date !== undefined) {
    const iso = parseIsoDate(date);
    if (iso === null) return void fail(`date ${date} is not a calendar date as YYYY-MM-DD`);
    meta.date = iso;
  }
  const page = str("page");
  if (page !== undefined) {
    if (!/^\d{1,3}$/u.test(page) || Number(page) < 1) return void fail(`page ${page} is not a page number`);
    meta.page = Number(page);
  }
  const pageName = str("pagename");
  if (pageName !== undefined) meta.pageName = pageName;
  const edition = str("edition");
  if (edition !== undefined) {
    if (!EDITION.test(edition)) return void fail(`edition ${edition} is not an edition code (a, b, am …)`);
    meta.edition = edition;
  }
  manifest.rows.push({ where, file, meta });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** RFC 4180 records: quoted cells may hold commas, "" and newlines. `line` is where the record starts. */
export function csvRecords(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: start, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (c === "\n") line++;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') {
        quoted = false;
        continue;
      }
      cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") continue;
      endRecord();
      start = c === "\r" ? ++line : line;
    } else cell += c;
  }
  if (cell !== "" || cells.length > 0) endRecord();
  return records;
}
