// banmian's library surface: parse pages, read their structure.
export * from "./model/index.js";
export {
  type PageMeta,
  type ParseOptions,
  type ParseResult,
  parseText,
  parseTextDetailed,
} from "./pipeline.js";
