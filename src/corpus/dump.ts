// Writes renderings to a folder for people to read: <name>.txt and <name>.gold.json per page
// (the naming of ../shared/sample). Not wired to the CLI here.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Layout } from "./layouts.js";
import { corpusPath, loadCorpus } from "./load.js";
import { renderCorpus } from "./render.js";

/** Renders every corpus page; returns the paths written. Throws when the corpus is absent. */
export function dumpRenderings(outDir: string, layout: Layout, seed: number): string[] {
  const path = corpusPath();
  if (path === null) {
    throw new Error("corpus not found: put it at ../shared/corpus/ next to the repo, or set BANMIAN_CORPUS");
  }
  mkdirSync(outDir, { recursive: true });
  return renderCorpus(loadCorpus(path), layout, seed).flatMap(({ file, text, gold }) => {
    const textPath = join(outDir, file);
    const goldPath = join(outDir, file.replace(/\.txt$/, ".gold.json"));
    writeFileSync(textPath, text);
    writeFileSync(goldPath, `${JSON.stringify(gold, null, 2)}\n`);
    return [textPath, goldPath];
  });
}
