// What the archive command tests share: page texts (the bundled sample, a hand-written jumped story),
// a temp folder, running a command in-process, and a look inside the archive file.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { type Command, memoryIo } from "./io.js";

export const SAMPLE_PATH = join(import.meta.dirname, "..", "..", "examples", "lcrb", "2025-04-24", "p01.txt");
export const SAMPLE = readFileSync(SAMPLE_PATH);

/** A story cut by a jump from page 1 to page 2, written for the tests (lcrb, 2025-04-25). */
export const JUMPED: Record<string, string> = {
  "lcrb-2025-04-25-p01.txt":
    "小河公园正式开园\n\n本报讯（记者 王小明）今天上午，小河公园正式开园，园内樱花、海棠竞相开放，吸引大批市民前来（下转第2版）\n\n" +
    "东关老街焕新颜\n\n东关老街改造工程历时两年，青石板路、木格窗棂恢复了旧日模样。商户陆续回迁，游客络绎不绝。\n",
  "lcrb-2025-04-25-p02.txt":
    "小河公园正式开园\n\n（上接第1版）游览。园内步道全长三公里，沿途设有休息亭，市民可以一边散步一边赏花。\n\n" +
    "运河渡口恢复通航\n\n本报讯 运河渡口今起恢复通航，游船每日往返八班，票价维持不变。\n",
};

export function tempDir(prefix: string): {
  dir: string;
  put(path: string, content: string | Uint8Array): string;
  remove(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    put(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Run {
  code: number;
  out: string;
  err: string;
  /** What was written as bytes (an image), concatenated. */
  bytes: Buffer;
}

export async function run(
  command: Command,
  argv: string[],
  where: { cwd: string; env?: Record<string, string>; tty?: boolean },
): Promise<Run> {
  const io = memoryIo(where.cwd);
  io.env = where.env ?? {};
  io.isTty = where.tty ?? false;
  const code = await command(argv, io);
  return { code, out: io.out, err: io.err, bytes: Buffer.concat(io.bytes) };
}

const TABLES = ["papers", "issues", "raw_inputs", "pages", "page_versions", "articles", "links", "messages"];

/** Row counts per table and the article ids, read with a connection of its own. */
export function snapshot(db: string): { counts: Record<string, number>; articles: string[] } {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const count = (t: string) => conn.prepare<[], number>(`SELECT COUNT(*) FROM ${t}`).pluck().get() ?? 0;
    return {
      counts: Object.fromEntries(TABLES.map((t) => [t, count(t)])),
      articles: conn.prepare<[], string>("SELECT id FROM articles ORDER BY id").pluck().all(),
    };
  } finally {
    conn.close();
  }
}
