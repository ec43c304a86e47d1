// The parsing pipeline: one page of raw text in, one Page out. (stub: filled in by the stages)
import type { Page } from "./model/index.js";

export interface PageMeta {
  paper?: string | null;
  date?: string | null;
  page?: number | null;
  pageName?: string | null;
}

export interface ParseOptions {
  /** The input path as given on the command line; goes to Page.file. */
  file: string;
  /** Metadata given by flags; wins over the file name and the header line. */
  meta?: PageMeta;
}

export function parseText(text: string, options: ParseOptions): Page {
  return {
    file: options.file,
    paper: options.meta?.paper ?? null,
    date: options.meta?.date ?? null,
    page: options.meta?.page ?? null,
    pageName: options.meta?.pageName ?? null,
    articles: [],
    removed: [],
    messages: [{ level: "error", message: `not implemented yet: ${text.length} characters` }],
  };
}
