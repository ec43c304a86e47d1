// banmian's command dispatcher: one file per command, each a thin layer over the library.
import { evalCommand } from "./eval.js";
import { getCommand } from "./get.js";
import { ingestCommand } from "./ingest.js";
import { type Command, type Io, processIo } from "./io.js";
import { parseCommand } from "./parse.js";
import { searchCommand } from "./search.js";
import { serveCommand } from "./serve.js";
import { showCommand } from "./show.js";
import { startCommand } from "./start.js";
import { statsCommand } from "./stats.js";

const COMMANDS: Record<string, { run: Command; help: string }> = {
  parse: { run: parseCommand, help: "parse page files into structured articles (json, jsonl, text)" },
  eval: { run: evalCommand, help: "score parsed pages against gold pages, per field" },
  start: { run: startCommand, help: "store the bundled sample edition and serve it (npm start)" },
  ingest: {
    run: ingestCommand,
    help: "store page files, folders or manifests in the archive, linked per issue",
  },
  show: { run: showCommand, help: "one archived article, stitched across its jumps (text, json)" },
  search: {
    run: searchCommand,
    help: "full-text search of the archive: words, phrases, OR, -, filters (text, json)",
  },
  stats: { run: statsCommand, help: "what the archive holds: papers, issues, pages, articles, links, sizes" },
  serve: { run: serveCommand, help: "the web reader and JSON API over the archive (http://localhost:8080/)" },
  get: { run: getCommand, help: "answer a web reader route in-process, e.g. get /lcrb/2025-04-24/p1.json" },
};

export function usage(): string {
  const lines = ["usage: banmian <command> [options]", "", "commands:"];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)}${c.help}`);
  lines.push("", "banmian <command> --help for a command's options");
  return `${lines.join("\n")}\n`;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`banmian: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  return command.run(rest, io);
}
