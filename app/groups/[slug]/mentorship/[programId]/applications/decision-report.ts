import type { DecideApplicationsResult, SkipReason } from "@/lib/programs/applications/decide-applications";

/** The messages of `applications.report` (the action passes `getTranslations("applications.report")`). */
export type ReportKey = "nothing" | "done" | "doneByRole" | "left" | "own" | "notMember" | "notFound" | "state";
export type Say = (key: ReportKey, values?: Record<string, string | number>) => string;

function why(say: Say, reason: SkipReason, count: number): string {
  switch (reason.reason) {
    case "own":
      return say("own", { count });
    case "not-member":
      return say("notMember", { count });
    case "not-found":
      return say("notFound", { count });
    case "state":
      return say("state", { count, state: reason.state });
  }
}

/**
 * What a decision did, in a sentence for the toast, in the reader's language: how many took it (by role, when a
 * view spans both) and why the others were left as they were (listed the language's way).
 */
export function decisionReport(result: DecideApplicationsResult, say: Say, locale = "en"): string {
  const n = result.decided;
  const { MENTEE, MENTOR } = result.decidedByRole;
  const decision = result.decision;
  const done =
    n === 0
      ? say("nothing")
      : MENTEE && MENTOR
        ? say("doneByRole", { decision, count: n, mentees: MENTEE, mentors: MENTOR })
        : say("done", { decision, count: n });
  if (result.reasons.length === 0) return done;
  const counts = new Map<string, number>();
  for (const r of result.reasons) {
    const key = r.reason === "state" ? `state:${r.state}` : r.reason;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [...counts].map(([key, count]) => {
    const reason = result.reasons.find((r) => (r.reason === "state" ? `state:${r.state}` : r.reason) === key)!;
    return why(say, reason, count);
  });
  const reasons = new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(parts);
  return say("left", { done, count: result.reasons.length, reasons });
}
