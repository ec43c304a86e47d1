// What every request passes and every response carries: only GET/HEAD, no body, request targets of bounded
// length without traversal tricks (dot segments, encoded slashes, control characters); security headers.
import type { MiddlewareHandler } from "hono";
import { HttpError } from "./errors.js";
import type { Env } from "./routes/define.js";
import type { Settings } from "./settings.js";

// No script at all; styles and images from the site only; no framing, no plugins, forms post only here.
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

export function securityHeaders(): MiddlewareHandler<Env> {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  };
}

/** Why a request target must be refused, or null. The path is checked segment by segment, decoded. */
export function targetProblem(target: string): string | null {
  const path = target.split(/[?#]/u, 1)[0] ?? "";
  if (path.includes("\\")) return "a backslash in the path";
  for (const segment of path.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "malformed percent-encoding in the path";
    }
    if (decoded === "." || decoded === "..") return "a dot segment (path traversal) in the path";
    if (decoded.includes("/") || decoded.includes("\\")) return "an encoded slash in the path";
    if ([...decoded].some((c) => c < " " || c === "\u007f")) return "a control character in the path";
  }
  return null;
}

/** The target as it came over the wire when the server hands over the raw request, else as parsed. */
function rawTarget(c: Parameters<MiddlewareHandler<Env>>[0]): string {
  const raw = c.env?.incoming?.url;
  if (typeof raw === "string") return raw;
  const url = new URL(c.req.url);
  return `${url.pathname}${url.search}`;
}

export function requestGuard(settings: Settings): MiddlewareHandler<Env> {
  return async (c, next) => {
    const target = rawTarget(c);
    if (target.length > settings.max_url_length)
      throw new HttpError(
        414,
        `request target too long: ${target.length} characters (at most ${settings.max_url_length})`,
        "请求的网址过长，请缩短检索词或筛选条件",
      );
    const problem = targetProblem(target);
    if (problem !== null)
      throw new HttpError(400, `bad request path: ${problem}`, "网址无效：路径中含有不允许的字符");
    if (c.req.method !== "GET" && c.req.method !== "HEAD")
      throw new HttpError(
        405,
        `method ${c.req.method} not allowed: this archive is read-only`,
        "本站只读，只接受 GET 请求",
        [],
        {
          Allow: "GET, HEAD",
        },
      );
    const length = Number(c.req.header("Content-Length") ?? "0");
    if (length > 0 || c.req.header("Transfer-Encoding") !== undefined)
      throw new HttpError(413, "request bodies are not accepted", "本站不接受请求正文");
    await next();
  };
}
