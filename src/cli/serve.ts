// `banmian serve`: the web reader and JSON API over the archive, until Ctrl-C (SIGINT) or SIGTERM.
// Exit status: 0 after a clean stop, 2 on bad usage, a missing archive or a port that cannot be had.
import cluster from "node:cluster";
import type { parseArgs } from "node:util";
import { createApp, listen, resolveSettings, type Settings, settingsHelp } from "../serve/index.js";
import { DB_HELP, dbPath } from "./archive-db.js";
import { type Command, type Io, readArgs, usageError } from "./io.js";
import { openReader } from "./reader-db.js";

const HELP = `usage: banmian serve [options]

Serves the archive: pages to read (/, /lcrb/, /lcrb/2025-04-24/, …/p1/, …/p1/a4), search (/search),
a JSON twin of every page (same path + .json), RSS/Atom feeds, and /openapi.json.

options:
${DB_HELP}
  --port N                   port (default: $PORT, else 8080; 0 picks a free one)
  --host H                   interface (default 127.0.0.1; 0.0.0.0 for the whole network)
  --setting NAME=VALUE       any setting below (repeatable)

settings:
${settingsHelp()}
`;

export const SERVE_OPTIONS = {
  db: { type: "string" },
  port: { type: "string" },
  host: { type: "string" },
  setting: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof SERVE_OPTIONS }>>["values"];

/** Settings from --setting, --port ($PORT) and --host, checked; a string says what is wrong. */
export function settingsFrom(values: Values, io: Io): Settings | string {
  const overrides: Record<string, string> = {};
  for (const pair of values.setting ?? []) {
    const at = pair.indexOf("=");
    if (at < 1) return `--setting takes NAME=VALUE, not '${pair}'`;
    overrides[pair.slice(0, at).trim()] = pair.slice(at + 1);
  }
  const port = values.port ?? io.env.PORT;
  if (port !== undefined && port !== "") overrides.port = port;
  if (values.host !== undefined) overrides.host = values.host;
  return resolveSettings(overrides);
}

/** Resolves when the process is asked to stop. */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export const serveCommand: Command = async (argv, io) => {
  const args = readArgs(io, "serve", HELP, argv, { options: SERVE_OPTIONS });
  if (typeof args === "number") return args;
  const { values } = args;
  const settings = settingsFrom(values, io);
  if (typeof settings === "string") return usageError(io, "serve", settings);
  const path = dbPath(values.db, io);
  if (settings.workers > 1 && cluster.isPrimary) return supervise(settings.workers, path, io);
  const opened = openReader(path);
  if (!opened.ok) {
    io.stderr(`banmian serve: ${opened.error}\n`);
    return 2;
  }
  const app = createApp(opened.sources, { settings, log: io.stderr });
  let server: Awaited<ReturnType<typeof listen>>;
  try {
    server = await listen(app, settings.port, settings.host);
  } catch (error) {
    await opened.close();
    io.stderr(
      `banmian serve: cannot listen on ${settings.host}:${settings.port}: ${(error as Error).message}\n`,
    );
    return 2;
  }
  if (cluster.isWorker) {
    process.send?.({ url: server.url });
    await stopSignal();
    await server.close();
    await opened.close();
    cluster.worker?.disconnect();
    return 0;
  }
  io.stdout(`banmian serve: ${server.url} (archive ${path}; Ctrl-C stops)\n`);
  const signal = await stopSignal();
  await server.close();
  await opened.close();
  io.stdout(`banmian serve: stopped (${signal})\n`);
  return 0;
};

/** The primary of `workers` serving processes (same command line, one shared port): starts, watches, stops them. */
async function supervise(workers: number, path: string, io: Io): Promise<number> {
  const check = openReader(path);
  if (!check.ok) {
    io.stderr(`banmian serve: ${check.error}\n`);
    return 2;
  }
  await check.close();
  let listening = false;
  let stopping = false;
  const stopAll = () => {
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    return Promise.all(
      alive.map(
        (w) =>
          new Promise<void>((done) => {
            w.once("exit", () => done());
            w.process.kill("SIGTERM");
          }),
      ),
    );
  };
  const first = new Promise<string | null>((resolve) => {
    cluster.on("message", (_worker, message: { url?: string }) => {
      if (typeof message.url !== "string") return;
      listening = true;
      resolve(message.url);
    });
    cluster.on("exit", (worker, code) => {
      if (stopping) return;
      io.stderr(`banmian serve: worker ${worker.process.pid} exited (${code})\n`);
      // A worker that fails before any listens (port taken …) would only fail again: give up.
      if (!listening) void stopAll().then(() => resolve(null));
      else cluster.fork();
    });
  });
  for (let i = 0; i < workers; i++) cluster.fork();
  const url = await first;
  if (url === null) return 2;
  io.stdout(`banmian serve: ${url} (archive ${path}; ${workers} workers; Ctrl-C stops)\n`);
  const signal = await stopSignal();
  await stopAll();
  io.stdout(`banmian serve: stopped (${signal})\n`);
  return 0;
}
