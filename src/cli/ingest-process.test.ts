// The archive under real process conditions: an ingest killed with SIGKILL at an arbitrary moment leaves a
// sound archive holding whole issues only, and running it again finishes the job; readers keep reading
// (WAL) while another process writes. Issues are hand-written pages (no corpus needed).
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../store/index.js";
import { JUMPED, tempDir } from "./archive.test-support.js";
import { buildChild } from "./child.test-support.js";

const ISSUES = 30;
const PAGES = 4;
const tmp = tempDir("banmian-process-");
let entry = "";

beforeAll(async () => {
  entry = await buildChild(join(tmp.dir, "build"));
  const [one = "", two = ""] = Object.values(JUMPED);
  for (let i = 0; i < ISSUES; i++) {
    const date = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    for (let p = 1; p <= PAGES; p++) {
      const text = `${p % 2 === 1 ? one : two}\n第${i + 1}期第${p}版：本报讯 今天的天气晴朗，气温适宜。\n`;
      tmp.put(join("pages", "lcrb", date, `p0${p}.txt`), text.replace("第2版", `第${p + 1}版`));
    }
  }
}, 60_000);
afterAll(() => tmp.remove());

function ingest(db: string): {
  child: ChildProcess;
  done: Promise<{ code: number | null; out: string; err: string }>;
} {
  const child = spawn(process.execPath, [entry, "ingest", "pages", "--db", db], { cwd: tmp.dir });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, out, err })),
  );
  return { child, done };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pages per issue, read with a connection of its own; null while the archive has no schema yet. */
function pagesPerIssue(db: string): number[] | null {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true, timeout: 5000 });
    try {
      return conn
        .prepare<[], number>(
          "SELECT COUNT(p.id) FROM issues i LEFT JOIN pages p ON p.issue_id = i.id GROUP BY i.id",
        )
        .pluck()
        .all();
    } finally {
      conn.close();
    }
  } catch {
    return null;
  }
}

describe("banmian ingest as a process", () => {
  it("survives SIGKILL mid-way with whole issues only, and a second run finishes the job", async () => {
    const db = join(tmp.dir, "killed.db");
    const run = ingest(db);
    let committed: number[] | null = null;
    for (let tries = 0; tries < 2000; tries++) {
      committed = pagesPerIssue(db);
      if (committed !== null && committed.length >= 2) break;
      await pause(5);
    }
    run.child.kill("SIGKILL");
    const killed = await run.done;
    expect(killed.code, "the ingest finished before it could be killed: raise ISSUES").toBeNull();

    const conn = new Database(db);
    expect(conn.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(conn.pragma("foreign_key_check")).toEqual([]);
    conn.close();
    const kept = pagesPerIssue(db) ?? [];
    expect(kept.length).toBeGreaterThanOrEqual(2);
    expect(kept.length).toBeLessThan(ISSUES);
    expect(kept.every((n) => n === PAGES)).toBe(true);

    const resumed = await ingest(db).done;
    expect(resumed.err).toBe("");
    expect(resumed.code).toBe(0);
    const stored = kept.length * PAGES;
    expect(resumed.out).toContain(
      `${ISSUES * PAGES - stored} added, 0 replaced, ${stored} unchanged, 0 failed`,
    );
    const all = pagesPerIssue(db) ?? [];
    expect(all).toHaveLength(ISSUES);
    expect(all.every((n) => n === PAGES)).toBe(true);
  });

  it("lets readers read while another process ingests: never busy, never half an issue", async () => {
    const db = join(tmp.dir, "shared.db");
    const run = ingest(db);
    let exited = false;
    void run.done.then(() => {
      exited = true;
    });
    const seen: number[] = [];
    while (!exited) {
      const opened = openSqliteStore(db, { readonly: true });
      if (opened.ok) {
        try {
          const stats = await opened.store.stats();
          seen.push(stats.pages);
          expect(stats.pages % PAGES).toBe(0);
          expect(stats.pages).toBe(stats.issues * PAGES);
        } finally {
          await opened.store.close();
        }
      }
      await pause(2);
    }
    const finished = await run.done;
    expect(finished.code).toBe(0);
    const during = seen.filter((n) => n > 0 && n < ISSUES * PAGES);
    expect(during.length, "no read happened while the ingest was writing").toBeGreaterThan(0);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
