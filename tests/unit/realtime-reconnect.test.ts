/**
 * A tab's realtime stream after a refusal: the backoff before each reopen, the address it resumes from, and the
 * route's answers (a retryable 503 when the stream cannot open, 400 for an id the stream never sent, 401 signed out).
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { RECONNECT_MAX_MS, isEventId, reconnectDelay, streamUrl } from "@/lib/realtime/reconnect";

const { openStream, logError } = vi.hoisted(() => ({ openStream: vi.fn(), logError: vi.fn() }));
vi.mock("@/lib/realtime/stream", () => ({ openStream }));
vi.mock("@/lib/log", () => ({ logger: { error: logError } }));
vi.mock("@/lib/auth/session", () => ({
  getSessionClaims: async () => ({ uid: "u1", sv: 1 }),
  getCurrentUser: async () => null,
}));

describe("reconnectDelay", () => {
  it.each([
    [0, 1000],
    [1, 2000],
    [2, 4000],
    [3, 8000],
    [4, 16_000],
    [5, 30_000],
    [6, 30_000],
    [60, 30_000],
    [1e9, 30_000],
  ])("attempt %i waits at most %i ms, and at least half of it", (attempt, ceiling) => {
    expect(reconnectDelay(attempt, () => 1)).toBe(ceiling);
    expect(reconnectDelay(attempt, () => 0)).toBe(ceiling / 2);
    expect(reconnectDelay(attempt, () => 0.5)).toBe(ceiling * 0.75);
  });

  it("spreads the tabs of one outage and never exceeds the cap, whatever the random source says", () => {
    const delays = Array.from({ length: 200 }, () => reconnectDelay(3));
    expect(new Set(delays).size).toBeGreaterThan(50);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(4000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(8000);
    expect(reconnectDelay(-1, () => 2)).toBe(1000);
    expect(reconnectDelay(99, () => -1)).toBe(RECONNECT_MAX_MS / 2);
  });
});

describe("streamUrl", () => {
  it.each([
    [null, "/api/v1/stream"],
    ["", "/api/v1/stream"],
    ["0", "/api/v1/stream?lastEventId=0"],
    ["42", "/api/v1/stream?lastEventId=42"],
    ["9223372036854775807", "/api/v1/stream?lastEventId=9223372036854775807"],
    ["12a", "/api/v1/stream"],
    ["1&x=2", "/api/v1/stream"],
    ["12345678901234567890", "/api/v1/stream"],
  ])("resumes after %j at %s", (id, url) => {
    expect(streamUrl(id)).toBe(url);
    expect(isEventId(id)).toBe(url !== "/api/v1/stream");
  });
});

describe("GET /api/v1/stream", () => {
  const get = async (query = "", headers: Record<string, string> = {}) => {
    const { GET } = await import("@/app/api/v1/stream/route");
    return GET(new NextRequest(`http://localhost/api/v1/stream${query}`, { headers }));
  };

  beforeEach(() => {
    openStream.mockReset();
    logError.mockReset();
  });

  it("answers a retryable 503 with the error shape, not a 500 with a trace, when the stream cannot open", async () => {
    openStream.mockRejectedValue(new Error("Can't reach database server at db:5432"));
    const res = await get("", { "x-request-id": "req-1" });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(res.headers.get("x-request-id")).toBe("req-1");
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body).toEqual({ error: { code: "UNAVAILABLE", message: expect.any(String) } });
    expect(JSON.stringify(body)).not.toContain("database");
    // The cause goes to the log, with the request id, not to the browser.
    expect(logError).toHaveBeenCalledWith(expect.objectContaining({ requestId: "req-1" }), expect.any(String));
  });

  it("answers 401 when the session is not (or no longer) valid", async () => {
    openStream.mockResolvedValue(null);
    const res = await get();
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
  });

  it.each([
    ["?lastEventId=abc", {}],
    ["?lastEventId=-1", {}],
    ["?lastEventId=12345678901234567890", {}],
    ["?lastEventId=9223372036854775808", {}],
    ["", { "last-event-id": "1;DROP" }],
  ])("refuses an id the stream never sent (%s %j) with 400, before opening anything", async (query, headers) => {
    const res = await get(query, headers);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("INVALID_INPUT");
    expect(openStream).not.toHaveBeenCalled();
  });

  it.each([
    ["", {}, null],
    ["?lastEventId=41", {}, 41n],
    ["?lastEventId=9223372036854775807", {}, 9223372036854775807n],
    ["", { "last-event-id": "7" }, 7n],
    // The browser's own reconnect of a reopened source: its header is newer than the query it was opened with.
    ["?lastEventId=41", { "last-event-id": "57" }, 57n],
  ])("opens %s %j resuming after %s, announcing where it starts", async (query, headers, expected) => {
    openStream.mockResolvedValue(new ReadableStream());
    const res = await get(query, headers);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    expect(openStream).toHaveBeenCalledWith(expect.anything(), expected, expect.anything(), {
      announce: true,
      locale: "en",
    });
  });
});
