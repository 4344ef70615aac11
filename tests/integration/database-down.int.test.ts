/**
 * The database goes away under a running app: the API answers 503 with `Retry-After` (a retryable outage, as
 * /api/health and the stream say), not a 500 with a logged stack; a page is answered by the proxy with a
 * "try again in a moment" page and status 503 (an error boundary renders too late to set one). This file runs the app against its own
 * PostgreSQL cluster, which it stops halfway; the shared test server is never touched.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/migrate";

// Auth.js does not load outside Next.js; the directory is public, so nobody needs to be signed in.
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

let cluster: EmbeddedCluster;
let tmpDir: string;

beforeAll(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "kinship-db-down-"));
  fs.chmodSync(tmpDir, 0o755);
  cluster = await startEmbeddedPostgres({ dataDir: path.join(tmpDir, "pg"), throwaway: true });
  await applyMigrations(cluster.url("postgres"));
  // The app's modules read DATABASE_URL once and keep one client per process: load fresh ones on this cluster.
  const g = globalThis as { kinshipDb?: { $disconnect(): Promise<void> } };
  await g.kinshipDb?.$disconnect();
  delete g.kinshipDb;
  process.env.DATABASE_URL = cluster.url("postgres");
  vi.resetModules();
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
});

const directory = () => new NextRequest("http://localhost:3000/api/v1/groups", { headers: { host: "localhost:3000" } });

describe("with the database down", () => {
  it("the API answers 503 with Retry-After, and a service's error maps to UNAVAILABLE", async () => {
    const { GET } = await import("@/app/api/v1/groups/route");
    const { findDirectory } = await import("@/lib/groups/find-directory");
    const { toAppError } = await import("@/lib/errors");
    const params = { params: Promise.resolve({}) };

    const { logger } = await import("@/lib/log");
    const up = await GET(directory(), params);
    expect(up.status).toBe(200);

    await cluster.stop();

    const logged = vi.spyOn(logger, "error");
    const down = await GET(directory(), params);
    expect(down.status).toBe(503);
    // The operator is told, once, with the cause: the database is out of reach (not the app's capacity).
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]![0]).toMatchObject({ outage: "unreachable", path: "/api/v1/groups" });
    expect((logged.mock.calls[0]![0] as { err?: unknown }).err).toBeTruthy();
    expect(logged.mock.calls[0]![1]).toMatch(/database is out of reach/);
    logged.mockRestore();
    expect(down.headers.get("retry-after")).toBe("5");
    const body = (await down.json()) as { error: { code: string; message: string } };
    expect(body).toEqual({ error: { code: "UNAVAILABLE", message: expect.stringMatching(/try again/i) } });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|at .+\.ts/);

    const error = await findDirectory({}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(toAppError(error)).toMatchObject({ code: "UNAVAILABLE", status: 503, retryAfterSeconds: 5 });
  }, 60_000);

  it("a page answers 503 with a try-again page and the security headers, before anything renders", async () => {
    const { proxy } = await import("@/proxy");
    const page = () =>
      proxy(new NextRequest("http://localhost:3000/groups?q=soap", { headers: { accept: "text/html" } }));

    // The previous test stopped the cluster: start it again to see the page served normally first.
    cluster = await startEmbeddedPostgres({ dataDir: path.join(tmpDir, "pg"), throwaway: true });
    await new Promise((r) => setTimeout(r, 2_100)); // past the probe's two-second memory
    const up = await page();
    expect(up.status).toBe(200);
    expect(up.headers.get("x-middleware-next")).toBe("1");

    await cluster.stop();
    await new Promise((r) => setTimeout(r, 2_100));
    const down = await page();
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("5");
    expect(down.headers.get("content-type")).toContain("text/html");
    expect(down.headers.get("x-content-type-options")).toBe("nosniff");
    expect(down.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const html = await down.text();
    expect(html).toContain("Try again in a moment");
    expect(html).toContain('href="/groups?q=soap"');

    // The API and files are not the proxy's to refuse: the API answers its own 503 JSON.
    const api = await proxy(new NextRequest("http://localhost:3000/api/v1/groups", { headers: { accept: "*/*" } }));
    expect(api.headers.get("x-middleware-next")).toBe("1");
  }, 60_000);

  it("no connection free (pool timeout, too many connections) answers 503 and is logged as the app's capacity", async () => {
    const { apiRoute } = await import("@/lib/http/route");
    const { logger } = await import("@/lib/log");
    for (const cause of [
      { code: "P2024", message: "Timed out fetching a new connection from the connection pool." },
      { code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", code: "53300" } } } },
    ]) {
      const logged = vi.spyOn(logger, "error");
      const route = apiRoute({
        auth: false,
        handler: async () => {
          throw cause;
        },
      });
      const res = await route(directory(), { params: Promise.resolve({}) });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(logged).toHaveBeenCalledTimes(1);
      expect(logged.mock.calls[0]![0]).toMatchObject({ outage: "capacity", err: cause });
      expect(logged.mock.calls[0]![1]).toMatch(/no database connection free/);
      logged.mockRestore();
    }
  });
});
