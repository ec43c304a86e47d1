// What `banmian ingest` was given, as page sources: files, folders (walked, .txt and .pdf files in name
// order) and manifests (.json or .csv). Reads folders and manifests; page files themselves are read later.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import { parseManifest } from "./manifest.js";
import { metaFromPath } from "./path-meta.js";
import { type Failure, mergeMeta, type PageSource, type SourceMeta } from "./sources.js";

export interface Discovery {
  sources: PageSource[];
  failures: Failure[];
  /** Files in folders that are not pages (not .txt or .pdf), left alone. */
  skipped: number;
}

const MANIFESTS: Record<string, "json" | "csv"> = { ".json": "json", ".csv": "csv" };
/** What a folder walk takes as pages: texts and PDFs. */
const PAGE_FILE = /\.(?:txt|pdf)$/iu;

/** `flags` (from the command line) win over a manifest's columns, which win over the path. */
export function discover(inputs: readonly string[], cwd: string, flags: SourceMeta = {}): Discovery {
  const found: Discovery = { sources: [], failures: [], skipped: 0 };
  const seen = new Set<string>();
  const show = (path: string): string => {
    const rel = relative(cwd, path);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
  };
  const add = (path: string, file: string, meta: SourceMeta, origin: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    found.sources.push({ file, path, meta: mergeMeta(metaFromPath(path), meta, flags), origin });
  };

  for (const input of inputs) {
    const path = resolve(cwd, input);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      found.failures.push({ file: input, reason: fsReason(error) });
      continue;
    }
    if (isDir) {
      for (const file of walk(path)) {
        if (PAGE_FILE.test(file)) add(file, show(file), {}, "path");
        else found.skipped++;
      }
      continue;
    }
    const format = MANIFESTS[extname(path).toLowerCase()];
    if (format === undefined) {
      add(path, input, {}, "path");
      continue;
    }
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      found.failures.push({ file: input, reason: fsReason(error) });
      continue;
    }
    const manifest = parseManifest(text, format);
    for (const e of manifest.errors) found.failures.push({ file: `${input} (${e.where})`, reason: e.reason });
    for (const row of manifest.rows) {
      const file = resolve(dirname(path), row.file);
      add(file, show(file), row.meta, `${input} ${row.where}`);
    }
  }
  return found;
}

/** Files under `dir`, depth first in name order; hidden files and folders (.git, .DS_Store) left out. */
function walk(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return walk(path);
    return e.isFile() ? [path] : [];
  });
}

const FS_REASONS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  return FS_REASONS[code] ?? `cannot read (${code || String(error)})`;
}
