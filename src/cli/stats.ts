// `banmian stats`: what the archive holds: papers, issues, pages (and versions), articles, links, notes
// (unmatched jumps), sizes. Exit status: 0, or 2 when there is no archive.
import type { ArchiveStats } from "../store/index.js";
import { DB_HELP, dbPath, openArchive } from "./archive-db.js";
import { type Command, readArgs, usageError } from "./io.js";

const HELP = `usage: banmian stats [options]

options:
${DB_HELP}
  --format text|json         text (default) or json
`;

export const statsCommand: Command = async (argv, io) => {
  const args = readArgs(io, "stats", HELP, argv, {
    options: {
      db: { type: "string" },
      format: { type: "string", short: "f", default: "text" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (typeof args === "number") return args;
  const { values } = args;
  if (values.format !== "text" && values.format !== "json")
    return usageError(io, "stats", `--format must be text or json, not '${values.format}'`);
  const path = dbPath(values.db, io);
  const opened = openArchive(path, "read");
  if (!opened.ok) {
    io.stderr(`banmian stats: ${opened.error}\n`);
    return 2;
  }
  try {
    const stats = await opened.store.stats();
    io.stdout(
      values.format === "json"
        ? `${JSON.stringify({ db: path, ...stats }, null, 2)}\n`
        : formatStats(stats, path),
    );
    return 0;
  } finally {
    await opened.store.close();
  }
};

export function formatStats(s: ArchiveStats, path: string): string {
  const size = (n: number | null) => (n === null ? "unknown" : megabytes(n));
  const rows: [string, string][] = [
    ["archive", path],
    ["papers", String(s.papers)],
    ["issues", String(s.issues)],
    ["pages", `${s.pages} (${s.versions} version${s.versions === 1 ? "" : "s"})`],
    ["articles", String(s.articles)],
    ["links", `${s.links.jump} jump, ${s.links.toc} contents`],
    ["messages", `${s.messages.error} errors, ${s.messages.warning} warnings, ${s.messages.info} info`],
    ["raw inputs", megabytes(s.bytes.raw)],
    ["page images", `${s.images} (${megabytes(s.bytes.images)})`],
    ["database", size(s.bytes.database)],
    ["search index", size(s.bytes.searchIndex)],
  ];
  const lines = rows.map(([k, v]) => `${k.padEnd(14)}${v}`);
  const notes = Object.entries(s.linkMessages);
  if (notes.length > 0) {
    lines.push("link notes:");
    for (const [rule, n] of notes) lines.push(`  ${rule.padEnd(28)}${n}`);
  }
  return `${lines.join("\n")}\n`;
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
