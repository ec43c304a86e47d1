// The OpenAPI 3.1 document, generated from the routes' own metadata (routes/define.ts), so a route cannot
// exist without being described: every endpoint, its parameters, media types, redirects and error shape.
import type { AppRoute, Endpoint } from "./routes/define.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ERROR_REF = { $ref: "#/components/schemas/Error" };
const errorResponse = (description: string): Json => ({
  description,
  content: { "application/json": { schema: ERROR_REF }, "text/html": {} },
});

function responses(e: Endpoint): Json {
  if (e.produces === "redirect")
    return {
      "301": { description: "The canonical address", headers: { Location: { schema: { type: "string" } } } },
    };
  const ok: Json =
    e.produces === "application/json"
      ? {
          description: "The page's data (the HTML page's twin)",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Ok" } } },
        }
      : { description: "OK", content: { [e.produces]: {} } };
  const out: Record<string, Json> = { "200": ok };
  if (e.params.length > 0 || e.query.length > 0)
    out["400"] = errorResponse("A parameter is not valid (e.g. a date not on the calendar)");
  if (e.params.length > 0) out["404"] = errorResponse("Nothing in the archive at this address");
  if (e.params.length > 0 && e.produces !== "application/json")
    out["304"] = { description: "Not modified (ETag / Last-Modified)" };
  out["414"] = errorResponse("Request target too long");
  return out;
}

function operation(e: Endpoint, index: number): Json {
  const parameters: Json[] = [
    ...e.params.map((p) => ({
      name: p.name,
      in: "path",
      required: true,
      description: p.description,
      schema: { type: "string", pattern: `^${p.pattern}$` },
      example: p.example,
    })),
    ...e.query.map((q) => ({
      name: q.name,
      in: "query",
      required: false,
      description: q.description,
      schema: { type: q.type },
    })),
  ];
  const suffix = e.produces === "application/json" ? "Json" : e.produces === "redirect" ? "Redirect" : "";
  return {
    operationId: `${e.tag}${suffix}${index}`,
    summary: e.summary,
    tags: [e.tag],
    parameters,
    responses: responses(e),
  };
}

export function openApiDocument(routes: readonly AppRoute[]): Json {
  const paths: Record<string, Json> = {};
  routes
    .flatMap((r) => r.endpoints)
    .forEach((e, i) => {
      paths[e.path] = { get: operation(e, i) };
    });
  return {
    openapi: "3.1.0",
    info: {
      title: "banmian web reader",
      version: "0.1.0",
      description:
        "A digital-newspaper archive. Every HTML page has a JSON twin at the same path plus .json (/lcrb/ → /lcrb.json, / → /index.json). Errors are {ok:false, error, status}.",
    },
    paths,
    components: {
      schemas: {
        Error: {
          type: "object",
          required: ["ok", "error", "status"],
          properties: { ok: { const: false }, error: { type: "string" }, status: { type: "integer" } },
        },
        Ok: {
          type: "object",
          required: ["ok", "kind"],
          properties: { ok: { const: true }, kind: { type: "string" } },
        },
      },
    },
  };
}

/** /openapi.json, describing `routes` and itself. */
export function openApiRoute(routes: readonly AppRoute[]): AppRoute {
  const self: Endpoint = {
    path: "/openapi.json",
    hono: "/openapi.json",
    summary: "This OpenAPI 3.1 document",
    params: [],
    query: [],
    produces: "application/json",
    tag: "openapi",
  };
  const route: AppRoute = {
    endpoints: [self],
    register(app) {
      const body = JSON.stringify(openApiDocument([...routes, route]));
      app.get(self.hono, (c) =>
        c.body(body, 200, {
          "Content-Type": "application/json; charset=utf-8",
          "Cache-Control": "public, max-age=3600",
        }),
      );
    },
  };
  return route;
}
