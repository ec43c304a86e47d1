// One error shape and one error handler: every failure, whatever raised it, leaves as {ok:false, error,
// status} on a .json URL and as a helpful HTML page (in Chinese and English, with where to go next) elsewhere.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { SearchInputError } from "../search/index.js";

export interface Suggestion {
  label: string;
  url: string;
}

export interface ErrorBody {
  ok: false;
  error: string;
  status: number;
}

/** A failure the reader can explain: status, the English message (the JSON `error`), a Chinese one for pages. */
export class HttpError extends Error {
  override name = "HttpError";
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly zh: string,
    readonly suggestions: readonly Suggestion[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export const notFound = (message: string, zh: string, suggestions: readonly Suggestion[] = []): HttpError =>
  new HttpError(404, message, zh, suggestions);

export const badRequest = (message: string, zh: string, suggestions: readonly Suggestion[] = []): HttpError =>
  new HttpError(400, message, zh, suggestions);

/** Any thrown value as an HttpError; unexpected ones become a 500 that reveals nothing of the inside. */
export function toHttpError(error: unknown, log: (text: string) => void): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof SearchInputError) return badRequest(error.message, `检索条件有误：${error.message}`);
  log(`banmian serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return new HttpError(500, "internal error: the archive could not answer", "服务器内部错误，请稍后再试");
}

/** True when the failing request asked for JSON: its path is a .json twin. */
export function wantsJson(c: Context): boolean {
  return new URL(c.req.url).pathname.endsWith(".json");
}

export function errorJson(error: HttpError): ErrorBody {
  return { ok: false, error: error.message, status: error.status };
}
