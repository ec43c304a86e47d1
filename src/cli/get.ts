// `banmian get PATH`: answers any route of the web reader in-process, without a server (after Datasette's
// --get): prints the body. Exit status: 0 for 2xx, 1 for any other status, 2 on bad usage or no archive.
import { createApp } from "../serve/index.js";
import { DB_HELP, dbPath } from "./archive-db.js";
import { type Command, readArgs, usageError } from "./io.js";
import { openReader } from "./reader-db.js";
import { SERVE_OPTIONS, settingsFrom } from "./serve.js";

const HELP = `usage: banmian get PATH [options]

Prints what the web reader answers at PATH, e.g.
  banmian get /lcrb/2025-04-24/p1.json
  banmian get '/search.json?q=双拥'

options:
${DB_HELP}
  -i, --include              print the status line and headers first
  --setting NAME=VALUE       a serve setting (banmian serve --help lists them)
`;

/** Bodies printed as text; anything else (page images) is written as bytes. */
const TEXT_TYPE = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|xml|javascript))/u;

export const getCommand: Command = async (argv, io) => {
  const args = readArgs(io, "get", HELP, argv, {
    allowPositionals: true,
    options: {
      db: SERVE_OPTIONS.db,
      setting: SERVE_OPTIONS.setting,
      include: { type: "boolean", short: "i" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  const [target, ...extra] = positionals;
  if (target === undefined || extra.length > 0)
    return usageError(io, "get", "name one path, e.g. /lcrb/2025-04-24/p1.json");
  if (!target.startsWith("/")) return usageError(io, "get", `the path must start with /, not '${target}'`);
  const settings = settingsFrom({ setting: values.setting ?? [] }, { ...io, env: {} });
  if (typeof settings === "string") return usageError(io, "get", settings);
  const opened = openReader(dbPath(values.db, io));
  if (!opened.ok) {
    io.stderr(`banmian get: ${opened.error}\n`);
    return 2;
  }
  try {
    const res = await createApp(opened.sources, { settings, log: io.stderr }).request(target);
    if (values.include) {
      io.stdout(`HTTP/1.1 ${res.status} ${res.statusText}\n`);
      for (const [name, value] of res.headers) io.stdout(`${name}: ${value}\n`);
      io.stdout("\n");
    }
    const type = res.headers.get("content-type") ?? "";
    if (TEXT_TYPE.test(type) || res.body === null) {
      const body = await res.text();
      io.stdout(body.endsWith("\n") || body === "" ? body : `${body}\n`);
    } else {
      // An image: its bytes as they are, for `> page.webp`; a terminal gets a note instead of noise.
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (io.isTty)
        io.stderr(
          `banmian get: ${type}, ${bytes.length} bytes not printed on a terminal; redirect to a file\n`,
        );
      else io.stdout(bytes);
    }
    const location = res.headers.get("location");
    if (location !== null) io.stderr(`banmian get: ${res.status} → ${location}\n`);
    return res.status >= 200 && res.status < 300 ? 0 : 1;
  } finally {
    await opened.close();
  }
};
