export { type DuplicateResult, dropDuplicates } from "./duplicates.js";
export { rejoinSplits } from "./splits.js";
