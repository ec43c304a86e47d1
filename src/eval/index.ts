// Evaluation: scores parsed pages against gold pages per field. Pure; the `eval` command does the I/O.

export { formatGroupTable, formatPageTable, type PageGroup } from "./breakdown.js";
export {
  type CorpusLayout,
  type CorpusRun,
  combineRuns,
  type GroupReport,
  type PdfCorpusRun,
  scoreCorpus,
  scoreLayout,
  scorePdfRenderings,
  splitRun,
  variantReports,
} from "./corpus-run.js";
export { basename, evaluate } from "./evaluate.js";
export { type FormatOptions, formatReport, type ReportFormat, reportJson } from "./format.js";
export { failedGates, type Gate, METRIC_NAMES, parseGate } from "./gates.js";
export { type Located, parsePageFile, type Result } from "./load.js";
export { MATCH_THRESHOLD } from "./match.js";
export { evaluatePage } from "./page.js";
export { type Metric, metrics } from "./scores.js";
export { type Bigrams, bigrams, bodyText, compact, dice, similarity } from "./text.js";
export type * from "./types.js";
export { FIELD_NAMES } from "./types.js";
export { readGoldPages, readPredPages } from "./validate.js";
