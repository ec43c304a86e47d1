export { type Block, buildBlocks, joinLines, type Typography } from "./blocks.js";
export { detectLayout, type LayoutKind, type LayoutStats } from "./detect.js";
export { displayWidth, isIndented, type Line, splitLines } from "./lines.js";
