// Serving an app over HTTP with node:http (through @hono/node-server's request listener, which hands the
// raw request to the app for security.ts): listening, the URL to print, closing.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import type { App } from "./routes/define.js";

export interface Listening {
  server: Server;
  port: number;
  /** What to open in a browser: http://localhost:8080/ for a loopback or wildcard host. */
  url: string;
  close(): Promise<void>;
}

const LOCAL = new Set(["127.0.0.1", "localhost", "0.0.0.0", "::", "::1"]);

export function listen(app: App, port: number, host: string): Promise<Listening> {
  const server = createServer(getRequestListener(app.fetch));
  // A slow client may hold a connection only this long for its headers (slowloris).
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const actual = (server.address() as AddressInfo).port;
      const name = LOCAL.has(host) ? "localhost" : host.includes(":") ? `[${host}]` : host;
      resolve({
        server,
        port: actual,
        url: `http://${name}:${actual}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
