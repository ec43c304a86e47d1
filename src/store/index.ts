// store: the archive. An interface (types.ts) with a SQLite implementation (sqlite/), stable ids, the
// stitched story of an article across its jumps.
export { sha256Hex } from "./digest.js";
export * from "./ids.js";
export {
  articleCount,
  type PackedIssue,
  packIssue,
  readyIssue,
  type StoredForm,
  storedArticles,
  unpackIssue,
} from "./ready.js";
export { searchBody, searchDoc } from "./search-doc.js";
export * from "./sqlite/index.js";
export { loadStory, type Story } from "./story.js";
export type * from "./types.js";
