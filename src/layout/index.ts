export { type Block, buildBlocks, joinLines } from "./blocks.js";
export { detectLayout, type LayoutKind, type LayoutStats } from "./detect.js";
export { displayWidth, isIndented, type Line, splitLines } from "./lines.js";
