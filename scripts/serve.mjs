/**
 * Serves the app (what `npm start`, `npm run dev`, the browser tests and the benchmarks run instead of `next start`):
 * Next.js's own request handler behind a plain Node HTTP server whose one job is to pass the socket's address to the
 * app. The App Router never sees the socket, and `next start` copies it into X-Forwarded-For only when a request
 * arrives without one, so a client that sends its own would choose its address. Here every request carries the
 * socket's address in SOCKET_ADDRESS_HEADER, after any value the client sent under that name is dropped; the app
 * reads it in lib/request/client-ip.ts (and trusts X-Forwarded-For only as far as TRUSTED_PROXIES says).
 *
 * Plain JavaScript run by node (not tsx), so Next.js loads its server and config exactly as `next start` does.
 * Usage: node scripts/serve.mjs [--dev] [-p <port>] [-H <hostname>]
 */
import { createServer } from "node:http";
import path from "node:path";

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

const { default: next } = await import("next");
const app = next({ dev, dir: path.resolve(import.meta.dirname, ".."), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  delete req.headers[SOCKET_ADDRESS_HEADER];
  const address = req.socket.remoteAddress;
  if (address) req.headers[SOCKET_ADDRESS_HEADER] = address;
  void handle(req, res);
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
