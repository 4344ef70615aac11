/** The matching board's address read into a query: odd parameters fall back to the plain board, never an error. */
import { describe, expect, it } from "vitest";
import {
  decodeMenteeCursor,
  decodeMentorCursor,
  encodeMenteeCursor,
  encodeMentorCursor,
  readBoardQuery,
  weightsFromParam,
  weightsParam,
} from "@/lib/matching/board-query";
import { DEFAULT_WEIGHTS } from "@/lib/matching/scoring";

describe("the board's address", () => {
  it("reads filters, search and the chosen mentee, trimmed and cut to size; repeated keys take the first", () => {
    const q = readBoardQuery({ topic: "  Soap ", q: "x".repeat(300), mentee: ["a1", "b2"], other: "ignored" });
    expect(q).toMatchObject({ topic: "Soap", mentee: "a1", language: "", after: "" });
    expect(q.q).toHaveLength(100);
  });

  it("round-trips weights tried out, and ignores anything else", () => {
    expect(weightsFromParam(weightsParam(DEFAULT_WEIGHTS))).toEqual(DEFAULT_WEIGHTS);
    expect(weightsFromParam("500000")).toMatchObject({ topics: 5, text: 0, load: 0 });
    for (const bad of ["", "12345", "1234567", "60000a", "99999 "]) expect(weightsFromParam(bad)).toBeNull();
  });

  it("round-trips cursors, and reads a cursor it did not make as none (the first page)", () => {
    const at = new Date(Date.UTC(2026, 0, 1, 12));
    expect(decodeMenteeCursor(encodeMenteeCursor({ at, id: "app_1" }))).toEqual({ at, id: "app_1" });
    const mentor = { remaining: 2, name: "Zoë O'Brien", id: "app_2" };
    expect(decodeMentorCursor(encodeMentorCursor(mentor))).toEqual(mentor);
    for (const bad of ["", "%%%", "bm90IGpzb24", Buffer.from('[1,"bad id!"]').toString("base64url")]) {
      expect(decodeMenteeCursor(bad)).toBeNull();
      expect(decodeMentorCursor(bad)).toBeNull();
    }
  });
});
