export * from "./page.js";
