// The web reader's settings registry: every option with its default and help, resolved once at the edge
// (CLI flags, --setting NAME=VALUE, PORT) into one frozen object passed down. README-serve.md lists them.

export interface Settings {
  readonly port: number;
  readonly host: string;
  readonly base_url: string;
  readonly page_size: number;
  readonly max_page_size: number;
  readonly latest_issues: number;
  readonly feed_items: number;
  readonly max_url_length: number;
  readonly cache_max_age: number;
  readonly workers: number;
  readonly response_cache_mb: number;
  readonly exact_counts: number;
}

export type SettingName = keyof Settings;

export interface SettingSpec {
  name: SettingName;
  default: number | string;
  help: string;
}

export const SETTINGS: readonly SettingSpec[] = [
  { name: "port", default: 8080, help: "TCP port to listen on (also --port, or $PORT); 0 picks a free one" },
  { name: "host", default: "127.0.0.1", help: "interface to listen on; 0.0.0.0 serves the whole network" },
  {
    name: "base_url",
    default: "",
    help: "absolute URL the site is reached at, for feeds, share links and citations; empty: the request's origin",
  },
  { name: "page_size", default: 20, help: "search hits per page" },
  { name: "max_page_size", default: 100, help: "largest ?limit a search may ask for" },
  { name: "latest_issues", default: 12, help: "issues listed under 最新各期 on the home page" },
  { name: "feed_items", default: 30, help: "articles per RSS / Atom feed" },
  // Twice the longest URL the reader builds itself (a search with every filter and a long Chinese query, about
  // 1,000 bytes percent-encoded); browsers and proxies commonly allow 8 KB, so 4 KB refuses nothing a person types.
  { name: "max_url_length", default: 4096, help: "longer request targets are refused with 414" },
  {
    name: "cache_max_age",
    default: 60,
    help: "seconds browsers may reuse an archive page (Cache-Control max-age)",
  },
  {
    name: "workers",
    default: 1,
    help: "processes serving in parallel (node:cluster), each with its own read-only connection; up to one per core",
  },
  // 128 MB holds ~16,000 article pages (~7.7 KB each, kept as UTF-16 strings) or ~6,000 search pages per
  // process: bench:serve's Zipf mix of 10,000 articles fits; at 64 MB its article p99 was 22 ms, not 20.
  {
    name: "response_cache_mb",
    default: 128,
    help: "memory per process for rendered pages asked again (emptied when the archive changes); 0: none",
  },
  // Off by default: an exact count of a broad query holds a worker for seconds (at 1M articles 1.8 s for a
  // word in 700,000 articles, 3–8 s for a 3+ character term in 20,000, each checked), a cheap denial of service.
  {
    name: "exact_counts",
    default: 0,
    help: "1: a search may ask ?exact=1 for exact totals and facets past 10,000 matches (seconds for a broad one); 0: refused",
  },
];

export const DEFAULT_SETTINGS: Settings = Object.freeze(
  Object.fromEntries(SETTINGS.map((s) => [s.name, s.default])) as unknown as Settings,
);

const ZERO_ALLOWED = new Set(["port", "cache_max_age", "response_cache_mb", "exact_counts"]);
const byName = new Map(SETTINGS.map((s) => [s.name as string, s]));

/** Defaults overridden by `overrides` (strings from the command line), checked and frozen; a string is an error. */
export function resolveSettings(overrides: Readonly<Record<string, string>> = {}): Settings | string {
  const out: Record<string, number | string> = { ...DEFAULT_SETTINGS };
  for (const [name, value] of Object.entries(overrides)) {
    const spec = byName.get(name);
    if (spec === undefined)
      return `unknown setting '${name}' (settings: ${SETTINGS.map((s) => s.name).join(", ")})`;
    if (typeof spec.default === "number") {
      const n = Number(value);
      const min = ZERO_ALLOWED.has(name) ? 0 : 1;
      if (!/^\s*\d+\s*$/u.test(value) || !Number.isSafeInteger(n) || n < min)
        return `setting ${name} must be a whole number ≥ ${min}, not '${value}'`;
      out[name] = n;
    } else out[name] = value.trim();
  }
  if (typeof out.port === "number" && out.port > 65535)
    return `setting port must be ≤ 65535, not ${out.port}`;
  if (out.exact_counts !== 0 && out.exact_counts !== 1)
    return `setting exact_counts must be 0 or 1, not ${out.exact_counts}`;
  const base = String(out.base_url);
  if (base !== "") {
    if (!/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/u.test(base))
      return `setting base_url must be an http(s) URL like https://news.example.org, not '${base}'`;
    out.base_url = base.replace(/\/+$/u, "");
  }
  return Object.freeze(out) as unknown as Settings;
}

/** The settings as help text: one line each, name, default and help. */
export function settingsHelp(): string {
  return SETTINGS.map((s) => `  ${s.name.padEnd(16)}${s.help} (default: ${JSON.stringify(s.default)})`).join(
    "\n",
  );
}
