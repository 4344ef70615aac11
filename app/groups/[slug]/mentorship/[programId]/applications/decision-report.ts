import type { DecideApplicationsResult, SkipReason } from "@/lib/programs/applications/decide-applications";

const DONE = { approve: "Approved", waitlist: "Waitlisted", decline: "Declined" } as const;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function why(reason: SkipReason, n: number): string {
  switch (reason.reason) {
    case "own":
      return n === 1 ? "your own application" : "your own applications";
    case "not-member":
      return "no longer a member (they can only be declined)";
    case "not-found":
      return "not in this program";
    case "state":
      return {
        DRAFT: "not submitted",
        PENDING: "still pending",
        APPROVED: "already approved",
        WAITLISTED: "already waitlisted",
        DECLINED: "already declined",
        WITHDRAWN: "withdrawn",
        MATCHED: "matched",
      }[reason.state];
  }
}

/**
 * What a decision did, in a sentence for the toast: how many took it (by role, when a view spans both) and why
 * the others were left as they were.
 */
export function decisionReport(result: DecideApplicationsResult): string {
  const n = result.decided;
  const { MENTEE, MENTOR } = result.decidedByRole;
  const roles = MENTEE && MENTOR ? ` (${plural(MENTEE, "mentee")}, ${plural(MENTOR, "mentor")})` : "";
  const done =
    n === 0 ? "Nothing changed." : `${DONE[result.decision]} ${plural(n, "application")}${roles}. We've let them know.`;
  if (result.reasons.length === 0) return done;
  const counts = new Map<string, number>();
  for (const r of result.reasons) {
    const key = r.reason === "state" ? `state:${r.state}` : r.reason;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [...counts].map(([key, count]) => {
    const reason = result.reasons.find((r) => (r.reason === "state" ? `state:${r.state}` : r.reason) === key)!;
    return `${count} ${why(reason, count)}`;
  });
  return `${done} Left as ${result.reasons.length === 1 ? "it was" : "they were"}: ${parts.join(", ")}.`;
}
