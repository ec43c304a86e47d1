// What an ingest works through: page sources (a file, or one page of a PDF file, and what is known of it
// before reading it) and the failures met on the way, each naming the file and the problem.

/** Page metadata known before parsing: from flags, a manifest row, or the path. Missing: not known. */
export interface SourceMeta {
  /** Registry id (lcrb) or printed name (聊城日报). */
  paper?: string;
  date?: string;
  page?: number;
  pageName?: string;
  edition?: string;
}

export interface PageSource {
  /** As shown in messages: the path as given, or relative to the working directory. */
  file: string;
  /** Absolute path to read. */
  path: string;
  meta: SourceMeta;
  /** Where the metadata came from, for messages: "path", "manifest m.csv:3", … */
  origin: string;
  /** A PDF's page this source stands for, 1-based: set when a PDF is split into its pages (pdf.ts). */
  pdfPage?: number;
}

export interface Failure {
  file: string;
  reason: string;
}

/** Later sources win: flags over manifest over path. */
export function mergeMeta(...layers: SourceMeta[]): SourceMeta {
  const merged: SourceMeta = {};
  for (const layer of layers) {
    if (layer.paper !== undefined) merged.paper = layer.paper;
    if (layer.date !== undefined) merged.date = layer.date;
    if (layer.page !== undefined) merged.page = layer.page;
    if (layer.pageName !== undefined) merged.pageName = layer.pageName;
    if (layer.edition !== undefined) merged.edition = layer.edition;
  }
  return merged;
}
