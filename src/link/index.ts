// link: issue-level structure across pages: jump lines as two-way links, contents entries to their articles,
// stitched stories. Pure functions over the parsed pages of one issue.
export { assign } from "./assign.js";
export { joinParagraphs } from "./continuity.js";
export { linkIssue } from "./link-issue.js";
export { type Stitched, type StoryPart, stitch } from "./stitch.js";
export type * from "./types.js";
