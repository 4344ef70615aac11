/**
 * The realtime stream's registry of per-feature renderers (lib/realtime/renderers.ts): the general stream knows no
 * feature, renders each feature's rows in one call, keeps the stored order, and sends nothing for a type no feature
 * renders.
 */
import { describe, expect, it, vi } from "vitest";
import { registerStreamRenderer, renderEvents, type StreamRow } from "@/lib/realtime/renderers";

const { warn } = vi.hoisted(() => ({ warn: vi.fn() }));
vi.mock("@/lib/log", () => ({ logger: { warn } }));

const row = (seq: number, type: string, resourceId = `r${seq}`): StreamRow => ({ seq: BigInt(seq), type, resourceId });

/** A renderer that sends every row of its types, named after its feature, and records each call's rows. */
function echo(feature: string, types: string[], withhold: string[] = []) {
  const calls: StreamRow[][] = [];
  return {
    calls,
    renderer: {
      feature,
      types,
      render: async (_userId: string, rows: StreamRow[]) => {
        calls.push(rows);
        return new Map(
          rows
            .filter((r) => !withhold.includes(r.resourceId))
            .map((r) => [r.seq, { event: r.type, data: { feature, id: r.resourceId } }] as const),
        );
      },
    },
  };
}

describe("the stream's renderers", () => {
  it("renders each feature's rows in one call and sends the events in the order they were stored", async () => {
    const a = echo("alpha", ["a.one", "a.two"]);
    const b = echo("beta", ["b.one"]);
    registerStreamRenderer(a.renderer);
    registerStreamRenderer(b.renderer);
    const events = await renderEvents("u1", [row(1, "a.one"), row(2, "b.one"), row(3, "a.two"), row(4, "b.one")]);
    expect(events.map((e) => [e.id, e.event])).toEqual([
      [1n, "a.one"],
      [2n, "b.one"],
      [3n, "a.two"],
      [4n, "b.one"],
    ]);
    expect(a.calls).toEqual([[row(1, "a.one"), row(3, "a.two")]]);
    expect(b.calls).toEqual([[row(2, "b.one"), row(4, "b.one")]]);
  });

  it("sends nothing for an event type no feature renders (fails closed), and says so in the log", async () => {
    const c = echo("gamma", ["c.one"]);
    registerStreamRenderer(c.renderer);
    const events = await renderEvents("u1", [row(10, "secret.thing"), row(11, "c.one")]);
    expect(events.map((e) => e.event)).toEqual(["c.one"]);
    expect(warn).toHaveBeenCalledWith({ types: ["secret.thing"] }, expect.any(String));
  });

  it("withholds what a feature's renderer leaves out", async () => {
    const d = echo("delta", ["d.one"], ["hidden"]);
    registerStreamRenderer(d.renderer);
    const events = await renderEvents("u1", [row(20, "d.one", "hidden"), row(21, "d.one", "shown")]);
    expect(events.map((e) => e.data)).toEqual([{ feature: "delta", id: "shown" }]);
  });

  it("refuses a second feature claiming a type another renders; the same feature may register again", () => {
    registerStreamRenderer(echo("epsilon", ["e.one"]).renderer);
    expect(() => registerStreamRenderer(echo("zeta", ["z.one", "e.one"]).renderer)).toThrow(
      /already rendered by epsilon/,
    );
    // Nothing of the refused renderer was kept.
    return renderEvents("u1", [row(30, "z.one")]).then((events) => expect(events).toEqual([]));
  });

  it("lets a feature register again (a hot reload) with its new renderer", async () => {
    registerStreamRenderer(echo("eta", ["h.one"]).renderer);
    const again = echo("eta", ["h.one"]);
    registerStreamRenderer(again.renderer);
    await renderEvents("u1", [row(40, "h.one")]);
    expect(again.calls).toHaveLength(1);
  });
});
