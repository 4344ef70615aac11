/**
 * The start-up wiring (lib/wiring.ts) is the one place features plug into the general parts (decision 021): once
 * it is loaded, the realtime stream knows a renderer for every event type a service may publish, and loading it
 * brings in no database client (the renderers load their feature when first called).
 */
import { describe, expect, it, vi } from "vitest";
import { REALTIME_TYPES } from "@/lib/realtime/publish";
import { streamFeatureOf } from "@/lib/realtime/renderers";

// The registry logs an unrendered type; the real logger reads the environment, which a unit test does not set.
vi.mock("@/lib/log", () => ({ logger: { warn: vi.fn(), error: vi.fn() } }));
// Loading the database client here would fail the test: the wiring must not need it.
vi.mock("@/lib/db", () => {
  throw new Error("the start-up wiring loaded the database client");
});

describe("the start-up wiring", () => {
  it("leaves the stream without renderers until it loads", () => {
    expect(REALTIME_TYPES.map(streamFeatureOf)).toEqual(REALTIME_TYPES.map(() => undefined));
  });

  it("registers a renderer for every event type the stream may carry", async () => {
    await import("@/lib/wiring");
    expect(Object.fromEntries(REALTIME_TYPES.map((type) => [type, streamFeatureOf(type)]))).toEqual({
      notification: "notifications",
      "notification.read": "notifications",
      message: "chat",
      "message.updated": "chat",
      "thread.read": "chat",
    });
  });
});
