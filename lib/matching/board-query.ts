import { z } from "zod";
// The weights in the address are read and written by ./weights (the board's client component needs the writer, and
// this module would bring zod to the browser).
export { weightsFromParam, weightsParam } from "./weights";

// Pure: the matching board's address (search params) read into a query, and its cursors.

/** The filters that narrow both sides of the board at once. */
export type BoardFilters = { topic: string; language: string; timeZone: string };

/** Waiting mentees per page of the board, and mentors per page of the mentors' list. */
export const MENTEES_PER_PAGE = 25;
export const MENTORS_PER_PAGE = 10;
/** Suggestions sent for the chosen mentee (the screen shows ten, then more of these on demand). */
export const SUGGESTIONS_MAX = 30;
/** Mentors listed under "not suggested" and "full" for the chosen mentee; the rest are counted. */
export const SIDE_LIST_MAX = 20;

const text = (max: number) =>
  z
    .string()
    .optional()
    .transform((s) => (s ?? "").trim().slice(0, max));

/** Unknown or malformed parameters fall back to the plain board: an address is never an error page. */
export const ZBoardQuery = z.object({
  /** Mentees whose name contains this. */
  q: text(100),
  /** Mentors whose name contains this (the mentors' list, when no mentee is chosen). */
  mq: text(100),
  topic: text(40),
  language: text(40),
  timeZone: text(64),
  /** The chosen mentee's application. */
  mentee: text(40),
  /** Keyset cursors: mentees after / before one, mentors after one. */
  after: text(200),
  before: text(200),
  mafter: text(200),
  /** Weights being tried out (not saved), as six digits in the order of SIGNALS, e.g. "323211". */
  w: text(6),
});
export type BoardQuery = z.output<typeof ZBoardQuery>;

export function readBoardQuery(raw: Record<string, string | string[] | undefined>): BoardQuery {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ZBoardQuery.safeParse(flat);
  return parsed.success ? parsed.data : ZBoardQuery.parse({});
}

/** A mentee's place in the list: approved at, then id. */
export type MenteeCursor = { at: Date; id: string };
/** A mentor's place in the list: places left (most first), then name, then id. */
export type MentorCursor = { remaining: number; name: string; id: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A cursor the board did not make reads as none (the first page), like any other odd parameter. */
function decode(raw: string): unknown {
  try {
    return JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

export const encodeMenteeCursor = (c: MenteeCursor) => encode([c.at.getTime(), c.id]);

export function decodeMenteeCursor(raw: string): MenteeCursor | null {
  if (!raw) return null;
  const value = decode(raw);
  if (!Array.isArray(value) || typeof value[0] !== "number" || typeof value[1] !== "string" || !ID.test(value[1]))
    return null;
  const at = new Date(value[0]);
  if (Number.isNaN(at.getTime())) return null;
  return { at, id: value[1] };
}

export const encodeMentorCursor = (c: MentorCursor) => encode([c.remaining, c.name, c.id]);

export function decodeMentorCursor(raw: string): MentorCursor | null {
  if (!raw) return null;
  const value = decode(raw);
  if (
    !Array.isArray(value) ||
    !Number.isInteger(value[0]) ||
    typeof value[1] !== "string" ||
    value[1].length > 200 ||
    typeof value[2] !== "string" ||
    !ID.test(value[2])
  )
    return null;
  return { remaining: value[0], name: value[1], id: value[2] };
}
