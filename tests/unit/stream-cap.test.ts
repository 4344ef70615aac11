import { describe, expect, it } from "vitest";
import { StreamCap } from "@/lib/realtime/stream-cap";

describe("the realtime stream cap", () => {
  it("closes a user's oldest stream when they open one past their cap, and never another user's", () => {
    const cap = new StreamCap({ perUser: 3, perInstance: 100 });
    const evicted: string[] = [];
    for (const name of ["a1", "a2", "a3"]) expect(cap.admit("alice", () => evicted.push(name))).not.toBeNull();
    expect(cap.admit("bob", () => evicted.push("b1"))).not.toBeNull();
    expect(evicted).toEqual([]);

    expect(cap.admit("alice", () => evicted.push("a4"))).not.toBeNull();
    expect(evicted).toEqual(["a1"]);
    expect(cap.admit("alice", () => evicted.push("a5"))).not.toBeNull();
    expect(evicted).toEqual(["a1", "a2"]);
    expect(cap.size).toBe(4);
  });

  it("refuses a new stream when the instance is full, and admits again once one closes", () => {
    const cap = new StreamCap({ perUser: 10, perInstance: 2 });
    const release = cap.admit("alice", () => undefined)!;
    expect(cap.admit("bob", () => undefined)).not.toBeNull();
    expect(cap.admit("carol", () => undefined)).toBeNull();
    release();
    release(); // twice is once
    expect(cap.size).toBe(1);
    expect(cap.admit("carol", () => undefined)).not.toBeNull();
    expect(cap.admit("dave", () => undefined)).toBeNull();
  });

  it("a released stream is not evicted later", () => {
    const cap = new StreamCap({ perUser: 1, perInstance: 10 });
    let evictions = 0;
    cap.admit("alice", () => evictions++)!();
    cap.admit("alice", () => evictions++);
    expect(evictions).toBe(0);
    cap.admit("alice", () => undefined);
    expect(evictions).toBe(1);
  });
});
