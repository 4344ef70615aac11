import { describe, expect, it } from "vitest";
import { MAX_INPUT_DEPTH, containsNul, inputProblem } from "@/lib/http/input-guard";

/** `[[[…"x"…]]]` nested `depth` deep, built as text the way a hostile body arrives. */
function nested(depth: number, open = "[", close = "]"): unknown {
  return JSON.parse(open.repeat(depth) + '"x"' + close.repeat(depth));
}

describe("input guard", () => {
  it("finds a NUL in strings, keys and nested values", () => {
    expect(inputProblem("a\0b")).toBe("nul");
    expect(inputProblem({ ["k\0"]: 1 })).toBe("nul");
    expect(inputProblem({ a: [{ b: ["ok", "no\0"] }] })).toBe("nul");
    expect(inputProblem({ a: [{ b: ["ok"] }], n: 1, t: true, z: null })).toBeNull();
  });

  it("refuses JSON nested 4,000 deep as too deep instead of overflowing the stack", () => {
    expect(() => inputProblem(nested(4_000))).not.toThrow();
    expect(inputProblem(nested(4_000))).toBe("too-deep");
    expect(inputProblem(JSON.parse('{"a":'.repeat(100_000) + "1" + "}".repeat(100_000)))).toBe("too-deep");
    expect(containsNul(nested(4_000))).toBe(true);
  });

  it("accepts nesting up to the limit", () => {
    expect(inputProblem(nested(MAX_INPUT_DEPTH))).toBeNull();
    expect(inputProblem(nested(MAX_INPUT_DEPTH + 1))).toBe("too-deep");
  });
});
