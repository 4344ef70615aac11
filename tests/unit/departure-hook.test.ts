import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Tx } from "@/lib/db";

// The handler mentorship registers, stubbed: the real one needs a database.
const endPairingsOnDeparture = vi.hoisted(() => vi.fn(async () => 0));
vi.mock("@/lib/pairings/end-on-departure", () => ({ endPairingsOnDeparture }));
// The wiring also registers the stream's renderers, whose registry logs; the logger reads the environment.
vi.mock("@/lib/log", () => ({ logger: { warn: vi.fn(), error: vi.fn() } }));

const tx = {} as Tx;
const departure = { groupId: "g1", userId: "u1", actorId: "u1", reason: "left" } as const;

// A fresh registry per test: the module keeps its handlers for the life of the process.
async function registry() {
  vi.resetModules();
  return import("@/lib/groups/departure");
}

describe("a group departure", () => {
  beforeEach(() => vi.resetModules());

  it("fails closed when nothing is registered, rather than leaving the person's pairings running", async () => {
    const { announceDeparture } = await registry();
    await expect(announceDeparture(tx, departure)).rejects.toThrow(/No departure handler is registered/);
  });

  it("runs each registered handler in the caller's transaction; registering a name again replaces it", async () => {
    const { announceDeparture, onDeparture } = await registry();
    const first = vi.fn(async () => {});
    const second = vi.fn(async () => {});
    onDeparture("mentorship", first);
    onDeparture("mentorship", second);
    await announceDeparture(tx, departure);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith(tx, departure);
  });

  it("ends the person's pairings once the start-up wiring is loaded", async () => {
    const { announceDeparture } = await registry();
    await import("@/lib/wiring");
    await announceDeparture(tx, { ...departure, reason: "banned" });
    expect(endPairingsOnDeparture).toHaveBeenCalledExactlyOnceWith(tx, {
      groupId: "g1",
      userId: "u1",
      actorId: "u1",
      why: "banned",
    });
  });

  it("is wired at start-up by every entry point that runs services", () => {
    // The server's actions and API routes, the worker and the integration tests' setup load lib/wiring.ts, which
    // registers mentorship's handler; a new entry point must do the same (decision 021).
    const root = path.resolve(import.meta.dirname, "../..");
    for (const entry of ["lib/http/action.ts", "lib/http/route.ts", "lib/jobs/worker.ts"])
      expect(readFileSync(path.join(root, entry), "utf8"), entry).toMatch(/^import "@\/lib\/wiring";$/m);
    expect(readFileSync(path.join(root, "tests/integration/setup.ts"), "utf8")).toContain(
      'await import("@/lib/wiring")',
    );
    expect(readFileSync(path.join(root, "lib/wiring.ts"), "utf8")).toMatch(/onDeparture\("mentorship"/);
  });
});
