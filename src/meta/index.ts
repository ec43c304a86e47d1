// meta: which paper, date and page a page is, from flags, its file name and its header line.
export { isoDate, parseIsoDate, weekdayOf } from "./date.js";
export { type FileNameMeta, metaFromFileName, parseFileName } from "./file-name.js";
export { findPageHeader, type PageHeader, readHeaderLine } from "./header.js";
export { parseChineseNumeral, parseNumeral } from "./numerals.js";
export { PAPERS, type Paper, paperById, paperByName } from "./papers.js";
export {
  type MetaFlags,
  type MetaSource,
  type MetaSources,
  type ResolvedMeta,
  resolveMeta,
} from "./resolve.js";
export type { Meta, PartialMeta } from "./types.js";
