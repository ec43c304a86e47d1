export { formatOutline } from "./outline.js";
