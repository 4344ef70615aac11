/**
 * The progress dashboard's view in the URL (issue 18): the page travels in `page`, any other change starts again at
 * page 1, the CSV's link leaves the page out (it has every pair), and a bad page reads as the first.
 */
import { describe, expect, it } from "vitest";
import {
  readDashboardView,
  toServiceQuery,
  viewHref,
  viewParams,
} from "@/app/groups/[slug]/mentorship/[programId]/progress/query";

const base = "/groups/g/mentorship/p/progress";

describe("the dashboard's view", () => {
  it("reads the page, leniently", () => {
    expect(readDashboardView({ page: "3" }).page).toBe(3);
    for (const page of ["0", "-2", "1.5", "two", "", "100001", undefined])
      expect(readDashboardView({ page }).page).toBe(1);
    expect(toServiceQuery(readDashboardView({ page: "4", sort: "mentor" }))).toMatchObject({ page: 4, sort: "mentor" });
  });

  it("links to a page with the view, and starts again at page 1 when anything else changes", () => {
    const view = readDashboardView({ page: "2", sort: "mentor", q: "ada", state: "ACTIVE" });
    expect(viewHref(base, view, { page: 3 })).toBe(`${base}?state=ACTIVE&q=ada&sort=mentor&page=3`);
    expect(viewHref(base, view, { sort: "rating", dir: "desc" })).toBe(`${base}?state=ACTIVE&q=ada&sort=rating`);
    expect(viewHref(base, view, { state: "", q: "" })).toBe(`${base}?sort=mentor`);
    expect(viewHref(base, readDashboardView({}), { page: 1 })).toBe(base);
  });

  it("leaves the page out of the CSV's link", () => {
    const view = readDashboardView({ page: "5", stalled: "true" });
    expect(viewParams(view).toString()).toBe("stalled=true&page=5");
    expect(viewParams(view, { page: false }).toString()).toBe("stalled=true");
  });
});
