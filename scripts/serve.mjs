/**
 * Serves the app (what `npm start`, `npm run dev`, the browser tests and the benchmarks run instead of `next start`):
 * Next.js's own request handler behind a plain Node HTTP server whose one job is to pass the socket's address to the
 * app. The App Router never sees the socket, and `next start` copies it into X-Forwarded-For only when a request
 * arrives without one, so a client that sends its own would choose its address. Here every request carries the
 * socket's address in SOCKET_ADDRESS_HEADER, after any value the client sent under that name is dropped; the app
 * reads it in lib/request/client-ip.ts (and trusts X-Forwarded-For only as far as TRUSTED_PROXIES says).
 *
 * It also answers a signed-out visitor's navigation to a cached anonymous page from the front cache before Next.js
 * (lib/http/front-answer.mjs, decision 025): the cache route fills it in this same process; anything it does not
 * hold, or any request that is not surely anonymous, goes to Next.js as before.
 *
 * Plain JavaScript run by node (not tsx), so Next.js loads its server and config exactly as `next start` does.
 * Usage: node scripts/serve.mjs [--dev] [-p <port>] [-H <hostname>]
 */
import { createServer } from "node:http";
import path from "node:path";
import { proxyHint } from "./proxy-hint.mjs";
import { frontCacheAnswer } from "../lib/http/front-answer.mjs";

/** Must match SOCKET_ADDRESS_HEADER in lib/request/client-ip.ts (tests/unit/client-ip.test.ts checks). */
export const SOCKET_ADDRESS_HEADER = "x-kinship-socket-address";

const args = process.argv.slice(2);
const option = (flag, fallback) => {
  const i = args.indexOf(flag);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dev = args.includes("--dev");
const port = Number(option("-p", process.env.PORT ?? "3000"));
const hostname = option("-H", undefined);
// As `next start` / `next dev` do: set before Next.js loads, which is why it is imported below, not at the top.
process.env.NODE_ENV = dev ? "development" : "production";
// Where this instance answers itself: the anonymous-page cache renders pages over this loopback (decision 025,
// read in lib/env.ts). Not in development, where a page cached for ten seconds would hide the edit just made.
if (!dev) {
  const host = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  process.env.KINSHIP_INTERNAL_ORIGIN = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

const { default: next } = await import("next");
// In production no hostname for Next.js itself (the server below listens on -H): given one, Next's router calls its
// own origin http://<host>:<port> while the proxy's request URL says localhost, and treats the anonymous-page
// rewrite as one to another server (decision 025). Unnamed, both say localhost. In development the dev server's
// cross-site check wants the host.
const app = next({ dev, dir: path.resolve(import.meta.dirname, ".."), port, ...(dev ? { hostname } : {}) });
const handle = app.getRequestHandler();
await app.prepare();

// The same number lib/env.ts validates (the app refuses to start on a bad one); read here for the hint alone.
const trustedProxies = Number(process.env.TRUSTED_PROXIES ?? "0") || 0;
let hinted = false;

const server = createServer((req, res) => {
  delete req.headers[SOCKET_ADDRESS_HEADER];
  const address = req.socket.remoteAddress;
  if (address) req.headers[SOCKET_ADDRESS_HEADER] = address;
  if (!hinted) {
    const hint = proxyHint({ socketAddress: address, forwardedFor: req.headers["x-forwarded-for"], trustedProxies });
    if (hint) {
      hinted = true;
      console.warn(JSON.stringify({ level: 40, time: Date.now(), app: "kinship", msg: hint }));
    }
  }
  // Not in development, where nothing fills it (no anonymous-page cache there). A throw here is a bug of the front
  // cache, not of the request: Next.js answers it.
  if (!dev) {
    try {
      if (frontCacheAnswer(req, res)) return;
    } catch (error) {
      console.error(
        JSON.stringify({ level: 50, time: Date.now(), app: "kinship", msg: "front cache failed", err: String(error) }),
      );
      if (res.headersSent) return void res.end();
    }
  }
  // A rejection must not end the process (an unhandled rejection would): log it and answer 500 if nothing was sent.
  handle(req, res).catch((error) => {
    console.error(
      JSON.stringify({
        level: 50,
        time: Date.now(),
        app: "kinship",
        msg: "request handler failed",
        err: String(error),
      }),
    );
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("Something went wrong on our side. Please try again.");
    } else res.end();
  });
});
// Hot reload's WebSocket in development.
const upgrade = app.getUpgradeHandler();
server.on("upgrade", (req, socket, head) => void upgrade(req, socket, head));

server.listen(port, hostname, () => {
  console.log(`▲ Serving on http://${hostname ?? "localhost"}:${port}${dev ? " (development)" : ""}`);
});

let closing = false;
function close() {
  if (closing) return;
  closing = true;
  // Open streams (SSE) would hold server.close() forever: give them a moment, then go.
  setTimeout(() => process.exit(0), 3000).unref();
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeIdleConnections?.();
}
process.on("SIGTERM", close);
process.on("SIGINT", close);
