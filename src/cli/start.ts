// `banmian start`: the main job on the bundled sample edition. Until the archive and reader land,
// it parses every page of the example edition and prints each as an outline.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Command } from "./io.js";
import { parseCommand } from "./parse.js";

export const EXAMPLES_DIR = join(import.meta.dirname, "..", "..", "examples");

/** A page of the bundled edition; its metadata is in its path, not in its file name. */
export interface ExamplePage {
  path: string;
  paper: string;
  date: string;
  page: number;
}

/** Page files of the bundled edition, as examples/<paper>/<YYYY-MM-DD>/p<NN>.txt. */
export function examplePages(root: string = EXAMPLES_DIR): ExamplePage[] {
  const pages: ExamplePage[] = [];
  const folders = (path: string) => readdirSync(path, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const paper of folders(root))
    for (const date of folders(join(root, paper.name)))
      for (const file of readdirSync(join(root, paper.name, date.name)).sort()) {
        const page = /^p(\d+)\.txt$/u.exec(file)?.[1];
        if (page === undefined) continue;
        const path = join(root, paper.name, date.name, file);
        pages.push({ path, paper: paper.name, date: date.name, page: Number(page) });
      }
  return pages;
}

export const startCommand: Command = async (argv, io) => {
  const pages = examplePages();
  io.stdout(`banmian: the bundled sample edition (${pages.length} page${pages.length === 1 ? "" : "s"})\n\n`);
  // One run per page: the paper, date and page come from the folders, which `parse` cannot read.
  let code = 0;
  for (const p of pages) {
    const meta = ["--paper", p.paper, "--date", p.date, "--page", String(p.page)];
    code = Math.max(
      code,
      await parseCommand([relative(io.cwd, p.path), "--format", "text", ...meta, ...argv], io),
    );
  }
  io.stdout("Next: `npx banmian parse <files> --format json` for the structured pages.\n");
  return code;
};
