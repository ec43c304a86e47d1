// Reading page files' text (no I/O here): one page as a .json object, an array of pages, or .jsonl lines.
// Every value keeps its place (file:line, file[index]) so later errors can say where to look.
import { jsonErrorOffset, lineColumn } from "./json-error.js";

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Located {
  value: unknown;
  /** Where the value came from, for error messages: `pages.jsonl:3`, `gold.json[2]`. */
  place: string;
}

const LINE_FORMAT = /\.(jsonl|ndjson)$/iu;

export function parsePageFile(text: string, name: string): Result<Located[]> {
  const source = text.replace(/^\uFEFF/u, "");
  return LINE_FORMAT.test(name) ? parseLines(source, name) : parseDocument(source, name);
}

function parseLines(text: string, name: string): Result<Located[]> {
  const values: Located[] = [];
  const lines = text.split(/\r?\n/u);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") continue;
    try {
      values.push({ value: JSON.parse(line), place: `${name}:${i + 1}` });
    } catch (error) {
      return { ok: false, error: badJson(name, line, error, i + 1) };
    }
  }
  return { ok: true, value: values };
}

function parseDocument(text: string, name: string): Result<Located[]> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: badJson(name, text, error) };
  }
  if (Array.isArray(value))
    return { ok: true, value: value.map((v, i) => ({ value: v, place: `${name}[${i}]` })) };
  return { ok: true, value: [{ value, place: name }] };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `name:line:column: bad JSON: …`, the place found by rescanning since V8 gives it only sometimes. */
function badJson(name: string, text: string, error: unknown, firstLine = 1): string {
  const { line, column } = lineColumn(text, jsonErrorOffset(text));
  return `${name}:${firstLine + line - 1}:${column}: bad JSON: ${messageOf(error)}`;
}
