export { classifyBlock, isCredit, isHeadingLike, type Role, type Unit } from "./classify.js";
export { type Draft, groupUnits } from "./group.js";
export { judgeRun, RUN_RULES, type Verdict } from "./rules.js";
