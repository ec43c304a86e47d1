// `banmian eval GOLD PRED`: scores predicted pages against gold pages per field; the scoring is src/eval.
// Exit codes: 0 scored (and every --min/--max gate held), 1 a gate failed, 2 bad usage or unreadable input.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  evaluate,
  failedGates,
  formatReport,
  type Gate,
  type Located,
  parseGate,
  parsePageFile,
  type Result,
  readGoldPages,
  readPredPages,
} from "../eval/index.js";
import type { Command, Io } from "./io.js";

const USAGE = `usage: banmian eval GOLD PRED [--format text|json] [--details] [--min METRIC=VALUE]... [--max METRIC=VALUE]...
  GOLD, PRED   one page (.json object), an array of pages (.json), or one page per line (.jsonl);
               pages pair up by the basename of their "file"
  --format     text (default) or json
  --details    also list every page: missed and spurious articles, field mismatches
  --min, --max exit 1 when METRIC scores below / above VALUE, e.g. --min articles.f1=0.9 --max jumps.false=0
`;

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      details: { type: "boolean", default: false },
      min: { type: "string", multiple: true, default: [] },
      max: { type: "string", multiple: true, default: [] },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

export const evalCommand: Command = async (argv, io) => {
  const fail = (message: string): number => {
    io.stderr(`banmian eval: ${message}\n`);
    return 2;
  };
  const usageError = (message: string): number => fail(`${message}\n${USAGE.trimEnd()}`);
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const [goldPath, predPath, ...extra] = positionals;
  if (goldPath === undefined || predPath === undefined || extra.length > 0)
    return usageError("need GOLD and PRED");
  const format = values.format;
  if (format !== "text" && format !== "json") return fail(`--format must be text or json, not ${format}`);

  const gates: Gate[] = [];
  for (const [bound, specs] of [
    ["min", values.min],
    ["max", values.max],
  ] as const) {
    for (const spec of specs) {
      const gate = parseGate(spec, bound);
      if (!gate.ok) return fail(gate.error);
      gates.push(gate.value);
    }
  }

  const gold = await loadPages(goldPath, io);
  const goldPages = gold.ok ? readGoldPages(gold.value) : gold;
  if (!goldPages.ok) return fail(goldPages.error);
  const pred = await loadPages(predPath, io);
  const predPages = pred.ok ? readPredPages(pred.value) : pred;
  if (!predPages.ok) return fail(predPages.error);

  const report = evaluate(goldPages.value, predPages.value);
  io.stdout(formatReport(report, format, { details: values.details }));
  const failures = failedGates(report.totals, gates);
  for (const failure of failures) io.stderr(`banmian eval: gate failed: ${failure}\n`);
  return failures.length > 0 ? 1 : 0;
};

/** Reads a page file relative to io.cwd; errors name the path as given. */
async function loadPages(path: string, io: Io): Promise<Result<Located[]>> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    const reason =
      code === "ENOENT" ? "no such file" : error instanceof Error ? error.message : String(error);
    return { ok: false, error: `cannot read ${path}: ${reason}` };
  }
  return parsePageFile(text, path);
}
