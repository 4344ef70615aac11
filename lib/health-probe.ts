/**
 * Whether the database accepts connections, as the proxy asks before rendering a page: a TCP connect to
 * DATABASE_URL's host, at most once every two seconds per instance (answers in between come from the last probe),
 * so a healthy app pays one connect every two seconds, not one a request. No query: the proxy never touches data.
 */
import net from "node:net";
import { env } from "@/lib/env";

const FRESH_MS = 2_000;
const TIMEOUT_MS = 1_000;

type Probe = { at: number; up: boolean; pending: Promise<boolean> | null };
const globalForProbe = globalThis as unknown as { kinshipDbProbe?: Probe };
const state: Probe = (globalForProbe.kinshipDbProbe ??= { at: 0, up: true, pending: null });

/** Connects to host:port and hangs up; true when the server answered within the timeout. */
export function canConnect(host: string, port: number, timeoutMs = TIMEOUT_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export async function databaseReachable(now = Date.now()): Promise<boolean> {
  if (now - state.at < FRESH_MS) return state.up;
  state.pending ??= (async () => {
    const url = new URL(env().DATABASE_URL);
    const host = url.hostname.replace(/^\[|\]$/g, "");
    // A Unix socket (`?host=/run/postgresql`) is not probed: the app's own errors say when it is gone.
    const up = host ? await canConnect(host, Number(url.port || 5432)) : true;
    Object.assign(state, { at: Date.now(), up, pending: null });
    return up;
  })();
  return state.pending;
}
