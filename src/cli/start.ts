// `banmian start`: the main job on the bundled sample edition. Until the archive and reader land,
// it parses every page of the example edition and prints each as an outline.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Command } from "./io.js";
import { parseCommand } from "./parse.js";

export const EXAMPLES_DIR = join(import.meta.dirname, "..", "..", "examples");

/** Page files of the bundled edition, as examples/<paper>/<YYYY-MM-DD>/p<NN>.txt. */
export function examplePages(root: string = EXAMPLES_DIR): string[] {
  const files: string[] = [];
  for (const paper of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()))
    for (const date of readdirSync(join(root, paper.name), { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    ))
      for (const page of readdirSync(join(root, paper.name, date.name))
        .filter((f) => /^p\d+\.txt$/u.test(f))
        .sort())
        files.push(join(root, paper.name, date.name, page));
  return files;
}

export const startCommand: Command = async (argv, io) => {
  const pages = examplePages();
  io.stdout(`banmian: the bundled sample edition (${pages.length} page${pages.length === 1 ? "" : "s"})\n\n`);
  const code = await parseCommand(
    [...pages.map((p) => relative(io.cwd, p)), "--format", "text", ...argv],
    io,
  );
  io.stdout("Next: `npx banmian parse <files> --format json` for the structured pages.\n");
  return code;
};
