import { APPLICATION_STATE_FILTERS, type Role } from "@/lib/programs/limits";

export type QueueState = (typeof APPLICATION_STATE_FILTERS)[number];

/** The queue's view as the URL says it: a role (or both), a state (or every state), filters and a search. */
export type QueueQuery = {
  role: Role | "ALL";
  state: QueueState | "ALL";
  topic: string;
  language: string;
  timeZone: string;
  q: string;
};

type Raw = Record<string, string | string[] | undefined>;

const one = (raw: Raw, key: string, max: number) => {
  const v = raw[key];
  return (typeof v === "string" ? v : "").trim().slice(0, max);
};

/** Reads the URL (or the load-more form) leniently: anything unknown falls back to the default view. */
export function readQueueQuery(raw: Raw): QueueQuery {
  const role = raw.role === "MENTOR" || raw.role === "ALL" ? raw.role : "MENTEE";
  const state = one(raw, "state", 20);
  return {
    role,
    state:
      state === "ALL"
        ? "ALL"
        : (((APPLICATION_STATE_FILTERS as readonly string[]).includes(state) ? state : "PENDING") as QueueState),
    topic: one(raw, "topic", 40),
    language: one(raw, "language", 40),
    timeZone: one(raw, "timeZone", 64),
    q: one(raw, "q", 100),
  };
}

/** The service's query: empty filters left out, "ALL" meaning every submitted state. */
export function toServiceQuery(query: QueueQuery, cursor?: string) {
  return {
    ...(query.role === "ALL" ? {} : { role: query.role }),
    ...(query.state === "ALL" ? {} : { state: query.state }),
    ...(query.topic ? { topic: query.topic } : {}),
    ...(query.language ? { language: query.language } : {}),
    ...(query.timeZone ? { timeZone: query.timeZone } : {}),
    ...(query.q ? { q: query.q } : {}),
    ...(cursor ? { cursor: cursor.slice(0, 200) } : {}),
  };
}

/** A view's search parameters, with only what differs from the defaults: "?role=MENTOR&q=soap", or "". */
export function viewSearch(query: QueueQuery, patch: Partial<QueueQuery> = {}): string {
  const next = { ...query, ...patch };
  const params = new URLSearchParams();
  if (next.role !== "MENTEE") params.set("role", next.role);
  if (next.state !== "PENDING") params.set("state", next.state);
  for (const key of ["topic", "language", "timeZone", "q"] as const) if (next[key]) params.set(key, next[key]);
  const qs = params.toString();
  return qs ? `?${qs}` : "";
}

/** The queue's URL for a view. */
export function queueHref(base: string, query: QueueQuery, patch: Partial<QueueQuery> = {}): string {
  return `${base}${viewSearch(query, patch)}`;
}

/** The view's fields, for a form that carries it (load more, decide and next). */
export const VIEW_FIELDS = ["role", "state", "topic", "language", "timeZone", "q"] as const;

export const hasFilters = (query: QueueQuery) => Boolean(query.topic || query.language || query.timeZone || query.q);
