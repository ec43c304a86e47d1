// `banmian start` (`npm start`): the bundled sample edition into the archive (./data/banmian.db unless told
// otherwise), then the web reader over it at http://localhost:8080/.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { DB_HELP, dbPath } from "./archive-db.js";
import { ingestCommand } from "./ingest.js";
import { type Command, readArgs } from "./io.js";
import { SERVE_OPTIONS, serveCommand } from "./serve.js";

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

const HELP = `usage: banmian start [options]

Stores the bundled sample edition (examples/) in the archive (again: unchanged pages are skipped) and serves
it, like \`banmian ingest examples/\` then \`banmian serve\`.

options:
${DB_HELP}
  --port N                   port (default: $PORT, else 8080)
  --host H                   interface (default 127.0.0.1)
  --setting NAME=VALUE       a serve setting (banmian serve --help lists them)
`;

export const startCommand: Command = async (argv, io) => {
  const args = readArgs(io, "start", HELP, argv, { options: SERVE_OPTIONS });
  if (typeof args === "number") return args;
  const { values } = args;
  const db = dbPath(values.db, io);
  const count = examplePages().length;
  const where = relative(io.cwd, EXAMPLES_DIR) || ".";
  io.stdout(`banmian: the bundled sample edition (${count} page${count === 1 ? "" : "s"} in ${where})\n`);
  const stored = await ingestCommand([EXAMPLES_DIR, "--db", db], io);
  if (stored !== 0) return stored;
  const rest = argv.filter((a, i) => a !== "--db" && argv[i - 1] !== "--db" && !a.startsWith("--db="));
  return serveCommand(["--db", db, ...rest], io);
};
