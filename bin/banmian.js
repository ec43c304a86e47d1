#!/usr/bin/env node
// banmian command line: thin wrapper over the compiled library (npm install builds dist/ via `prepare`).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    "banmian: dist/ is missing; run `npm install` (or `npm run build`) in the banmian folder first\n",
  );
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
