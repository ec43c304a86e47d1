// `banmian serve` and `banmian start` as real processes on real sockets: the URL printed, pages served,
// raw traversal refused before URL parsing could hide it, a clean stop on SIGTERM; start is idempotent.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, symlinkSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive, type TestArchive } from "../serve/archive.test-support.js";
import { run, tempDir } from "./archive.test-support.js";
import { buildChild } from "./child.test-support.js";
import { serveCommand } from "./serve.js";
import { EXAMPLES_DIR } from "./start.js";

const tmp = tempDir("banmian-serve-cli-");
let entry = "";
let archive: TestArchive;

beforeAll(async () => {
  entry = await buildChild(join(tmp.dir, "build"));
  // start reads the bundled edition beside src/, as in the package.
  symlinkSync(EXAMPLES_DIR, join(tmp.dir, "build", "examples"), "dir");
  archive = await buildArchive();
}, 120_000);
afterAll(() => {
  archive.remove();
  tmp.remove();
});

interface Child {
  child: ChildProcess;
  url: Promise<string>;
  exit: Promise<{ code: number | null; out: string; err: string }>;
}

function banmian(argv: string[], cwd: string, env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, [entry, ...argv], { cwd, env: { ...process.env, ...env } });
  let out = "";
  let err = "";
  let found: (url: string) => void = () => {};
  const url = new Promise<string>((resolve) => {
    found = resolve;
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    const m = /(http:\/\/localhost:\d+\/)/u.exec(out);
    if (m?.[1]) found(m[1]);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exit = new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.on("exit", (code) => {
      found("");
      resolve({ code, out, err });
    }),
  );
  return { child, url, exit };
}

/** Sends a request line as typed, without any client normalising the path. */
function rawStatus(port: number, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`),
    );
    let text = "";
    socket.on("data", (d: Buffer) => {
      text += d.toString();
    });
    socket.on("end", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/u.exec(text)?.[1] ?? 0)));
    socket.on("error", reject);
  });
}

describe("banmian serve", () => {
  it("serves the archive until SIGTERM", async () => {
    const served = banmian(["serve", "--db", archive.db, "--port", "0"], archive.dir);
    const url = await served.url;
    expect(url).toMatch(/^http:\/\/localhost:\d+\/$/u);
    const port = Number(new URL(url).port);
    const page = await fetch(`http://127.0.0.1:${port}/lcrb/2025-04-24/p1/a4`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await page.text()).toContain("14笔专利权质押融资");
    for (const target of [
      "/../../etc/passwd",
      "/static/../../package.json",
      "/lcrb/%2e%2e/%2e%2e/etc/passwd",
    ])
      expect(await rawStatus(port, target), target).toBe(400);
    expect(await rawStatus(port, `/search?q=${"a".repeat(5000)}`)).toBe(414);
    served.child.kill("SIGTERM");
    const done = await served.exit;
    expect(done.code).toBe(0);
    expect(done.out).toContain("stopped (SIGTERM)");
  }, 30_000);

  it("serves from several processes with the workers setting, and stops them all", async () => {
    const served = banmian(
      ["serve", "--db", archive.db, "--port", "0", "--setting", "workers=2"],
      archive.dir,
    );
    const url = await served.url;
    if (url === "") expect.fail(`serve exited early: ${(await served.exit).err}`);
    const port = new URL(url).port;
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(`http://127.0.0.1:${port}/lcrb/2025-04-24/p1.json`).then((r) => r.status),
      ),
    );
    expect(answers.every((s) => s === 200)).toBe(true);
    served.child.kill("SIGTERM");
    const done = await served.exit;
    expect(done.code).toBe(0);
    expect(done.out).toContain("2 workers");
  }, 30_000);

  it("refuses bad usage and a missing archive with 2", async () => {
    expect((await run(serveCommand, ["--setting", "port"], { cwd: tmp.dir })).code).toBe(2);
    expect((await run(serveCommand, ["--port", "x"], { cwd: tmp.dir })).code).toBe(2);
    const missing = await run(serveCommand, ["--db", join(tmp.dir, "none.db")], { cwd: tmp.dir });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no archive at");
    const help = await run(serveCommand, ["--help"], { cwd: tmp.dir });
    expect(help.out).toContain("max_url_length");
  });
});

describe("banmian start", () => {
  it("stores the sample edition in ./data/banmian.db and serves it, again without re-adding", async () => {
    const cwd = join(tmp.dir, "fresh");
    tmp.put(join("fresh", ".keep"), "");
    for (const round of [1, 2]) {
      const started = banmian(["start"], cwd, { PORT: "0", BANMIAN_DB: "" });
      const url = await started.url;
      if (url === "") expect.fail(`start exited early: ${(await started.exit).err}`);
      const res = await fetch(`${url.replace("localhost", "127.0.0.1")}lcrb/2025-04-24/p1/a1`);
      expect(await res.text()).toContain("第7版不在本档案中");
      started.child.kill("SIGINT");
      const done = await started.exit;
      expect(done.code).toBe(0);
      expect(done.out).toContain(
        round === 1 ? "1 added, 0 replaced, 0 unchanged" : "0 added, 0 replaced, 1 unchanged",
      );
    }
    expect(existsSync(join(cwd, "data", "banmian.db"))).toBe(true);
  }, 60_000);
});
