// banmian's search: the contract, the SQLite index, and the pieces every implementation shares (folding,
// the query language and its reference semantics, snippets).
export { type DocColumns, docColumns } from "./columns.js";
export type { SearchDoc, SearchHit, SearchIndex, SearchQuery, SearchResult } from "./contract.js";
export { type Filters, resolveFilters, SearchInputError } from "./filters.js";
export { fold } from "./fold.js";
export { wellFormed } from "./prepare.js";
export { LIMITS, parseQuery, positiveTerms, type QueryNode, termLength } from "./query.js";
export { referenceMatches } from "./reference.js";
export { snippet } from "./snippet.js";
export { createSqliteSearchIndex, type SqliteSearchIndex, type SqliteSearchOptions } from "./sqlite.js";
export type { ArticleTexts } from "./texts.js";
export { dictionaryLoads } from "./words.js";
