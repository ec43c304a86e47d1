// A throwaway archive for the reader's tests: the bundled sample edition, a hand-written story jumping from
// p1 to p2, a hostile page (markup and javascript: links as text), and optionally one corpus issue rendered
// at run time (never stored in the repository) whose p1 story continues on another page.

import { join } from "node:path";
import Database from "better-sqlite3";
import { JUMPED, run, tempDir } from "../cli/archive.test-support.js";
import { ingestCommand } from "../cli/ingest.js";
import { EXAMPLES_DIR } from "../cli/start.js";
import { corpusPath, loadCorpus, renderCorpus } from "../corpus/index.js";
import { archiveSearchIndex, openSqliteStore } from "../store/index.js";
import { createApp } from "./app.js";
import type { App } from "./routes/define.js";
import { DEFAULT_SETTINGS, type Settings } from "./settings.js";

/** Text meant to break out of HTML if anything were left unescaped; none of it is newspaper text. */
export const HOSTILE =
  '<script>alert("xss-title")</script>春季防火安全提示\n\n' +
  '本报讯（记者 <img src=x onerror=alert(1)>）请点击<a href="javascript:alert(2)">这里</a>查看详情，' +
  "或访问 javascript:alert(3) 了解防火知识。市民要注意用火安全，\"引号\" & '单引号' 都应原样显示。\n\n" +
  "<svg onload=alert(4)>社区开展防火演练\n\n" +
  "本报讯 社区今天组织居民开展防火演练，<iframe src=javascript:alert(5)></iframe>居民积极参与。\n";

/** Page names of the hand-written jumped issue (2025-04-25), p1 and p2. */
export const PAGE_NAMES = ["要闻", "综合"];

/** The corpus issue with a story jumping from p1 to p2 (8 pages). */
export const CORPUS_DATE = "2019-02-17";

export interface TestArchive {
  dir: string;
  db: string;
  /** Whether the corpus issue is in it (the corpus was found). */
  corpus: boolean;
  remove(): void;
}

export async function buildArchive(options: { corpus?: boolean } = {}): Promise<TestArchive> {
  const tmp = tempDir("banmian-serve-");
  // The jumped story comes with page names (要闻, 综合) through a manifest, for the per-page-name feeds.
  const rows = Object.entries(JUMPED).map(([file, text], i) => {
    tmp.put(join("jumped", file), text);
    return { file, paper: "lcrb", date: "2025-04-25", page: i + 1, pageName: PAGE_NAMES[i] };
  });
  tmp.put(join("jumped", "manifest.json"), JSON.stringify(rows));
  tmp.put(join("hostile", "lcrb", "2025-04-26", "p01.txt"), HOSTILE);
  const inputs = [EXAMPLES_DIR, join(tmp.dir, "jumped", "manifest.json"), join(tmp.dir, "hostile")];
  const corpus = options.corpus === true ? corpusPath() : null;
  if (corpus !== null) {
    const issue = loadCorpus(corpus).filter((p) => p.date === CORPUS_DATE);
    for (const r of renderCorpus(issue, "indented", 1)) tmp.put(join("corpus", r.file), r.text);
    inputs.push(join(tmp.dir, "corpus"));
  }
  const db = join(tmp.dir, "archive.db");
  const result = await run(ingestCommand, [...inputs, "--db", db], { cwd: tmp.dir });
  if (result.code !== 0) throw new Error(`test archive: ingest failed:\n${result.err}${result.out}`);
  return { dir: tmp.dir, db, corpus: corpus !== null, remove: tmp.remove };
}

/** The app over a test archive, read-only as `banmian serve` opens it. */
export function appFor(
  db: string,
  settings: Settings = DEFAULT_SETTINGS,
): { app: App; close(): void; logged: string[] } {
  const opened = openSqliteStore(db, { readonly: true });
  if (!opened.ok) throw new Error(opened.error);
  const conn = opened.store.db;
  const logged: string[] = [];
  const app = createApp(
    {
      store: opened.store,
      search: archiveSearchIndex(conn),
      version: () => Number(conn.pragma("data_version", { simple: true })),
    },
    { settings, log: (t) => logged.push(t) },
  );
  return { app, close: () => conn.close(), logged };
}

/** Jump links of the archive whose start is on page 1: [from id, to id]. */
export function jumpLinks(db: string): [string, string][] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn
      .prepare<[], [string, string]>(
        "SELECT from_article, to_article FROM links WHERE kind = 'jump' ORDER BY id",
      )
      .raw()
      .all();
  } finally {
    conn.close();
  }
}
