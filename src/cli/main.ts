// banmian's command dispatcher: one file per command, each a thin layer over the library.
import { evalCommand } from "./eval.js";
import { type Command, type Io, processIo } from "./io.js";
import { parseCommand } from "./parse.js";
import { startCommand } from "./start.js";

const COMMANDS: Record<string, { run: Command; help: string }> = {
  parse: { run: parseCommand, help: "parse page files into structured articles (json, jsonl, text)" },
  eval: { run: evalCommand, help: "score parsed pages against gold pages, per field" },
  start: { run: startCommand, help: "the main job on the bundled sample edition" },
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
