import { PAIR_SORTS } from "@/lib/pairings/schemas";

export type PairSort = (typeof PAIR_SORTS)[number];

/** The dashboard's view of the pairs as the URL says it. Empty strings mean "any". */
export type DashboardView = {
  state: "" | "ACTIVE" | "COMPLETED" | "ENDED";
  stalled: "" | "true" | "false";
  q: string;
  sort: PairSort;
  dir: "asc" | "desc";
  /** 1-based page of the pairs list. */
  page: number;
};

type Raw = Record<string, string | string[] | undefined>;
const one = (raw: Raw, key: string) => (typeof raw[key] === "string" ? raw[key] : "").trim();

/** Names read best A to Z; figures and dates read best from the highest or latest. */
export const defaultDir = (sort: PairSort): "asc" | "desc" => (sort === "mentor" || sort === "mentee" ? "asc" : "desc");

/** Reads the URL leniently: anything unknown falls back to the default view. */
export function readDashboardView(raw: Raw): DashboardView {
  const state = one(raw, "state");
  const stalled = one(raw, "stalled");
  const sort = one(raw, "sort");
  const dir = one(raw, "dir");
  const page = Number(one(raw, "page"));
  const s = ((PAIR_SORTS as readonly string[]).includes(sort) ? sort : "lastActivity") as PairSort;
  return {
    state: state === "ACTIVE" || state === "COMPLETED" || state === "ENDED" ? state : "",
    stalled: stalled === "true" || stalled === "false" ? stalled : "",
    q: one(raw, "q").slice(0, 100),
    sort: s,
    dir: dir === "asc" || dir === "desc" ? dir : defaultDir(s),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The view as URL parameters, leaving out what is the default (and the page, for the CSV: it has every pair). */
export function viewParams(view: DashboardView, { page = true } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (view.state) params.set("state", view.state);
  if (view.stalled) params.set("stalled", view.stalled);
  if (view.q) params.set("q", view.q);
  if (view.sort !== "lastActivity") params.set("sort", view.sort);
  if (view.dir !== defaultDir(view.sort)) params.set("dir", view.dir);
  if (page && view.page > 1) params.set("page", String(view.page));
  return params;
}

/** A link to the view with `patch` applied; any change but the page's own starts again at page 1. */
export function viewHref(base: string, view: DashboardView, patch: Partial<DashboardView> = {}): string {
  const qs = viewParams({ ...view, page: 1, ...patch }).toString();
  return qs ? `${base}?${qs}` : base;
}

/** The service's query: the same view, empty filters left out. */
export function toServiceQuery(view: DashboardView) {
  return {
    ...(view.state ? { state: view.state } : {}),
    ...(view.stalled ? { stalled: view.stalled } : {}),
    ...(view.q ? { q: view.q } : {}),
    sort: view.sort,
    dir: view.dir,
    page: view.page,
  };
}

export const hasFilters = (view: DashboardView) => Boolean(view.state || view.stalled || view.q);
