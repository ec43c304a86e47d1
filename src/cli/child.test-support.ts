// banmian as a child process for tests that need one (kill -9 mid-ingest, a reader beside a writer):
// src/ transpiled to plain JavaScript in a temp folder (no type check, no build step, no dist/ needed).
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";

const REPO = join(import.meta.dirname, "..", "..");

type Transpile = (code: string, file: string) => Promise<string>;

/**
 * Vite's oxc transform when there is one (vite 8, under vitest: ~0.5 ms a file), else TypeScript's
 * transpileModule (~40 ms a file, seconds for src/).
 */
async function transpiler(): Promise<Transpile> {
  const vite: {
    transformWithOxc?: (code: string, file: string, options: object) => Promise<{ code: string }>;
  } = await import("vite").catch(() => ({}));
  const oxc = vite.transformWithOxc;
  if (oxc !== undefined) return async (code, file) => (await oxc(code, file, { target: "es2022" })).code;
  return async (code, file) =>
    ts.transpileModule(code, {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
    }).outputText;
}

/** Writes src/ as JavaScript under `into` and returns the script that runs `banmian` from it. */
export async function buildChild(into: string): Promise<string> {
  const src = join(REPO, "src");
  const transpile = await transpiler();
  for (const file of sources(src)) {
    const out = join(into, "src", relative(src, file)).replace(/\.ts$/u, ".js");
    const code = await transpile(readFileSync(file, "utf8"), file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, code);
  }
  writeFileSync(join(into, "package.json"), '{ "type": "module" }\n');
  symlinkSync(join(REPO, "node_modules"), join(into, "node_modules"), "dir");
  const entry = join(into, "banmian.js");
  writeFileSync(
    entry,
    'import { main } from "./src/cli/main.js";\nprocess.exitCode = await main(process.argv.slice(2));\n',
  );
  return entry;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}
