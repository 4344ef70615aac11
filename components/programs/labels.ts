import type { MyApplicationDto, ProgramDetailDto } from "@/lib/programs/dto";
import type { Role } from "@/lib/programs/schemas";
import { CADENCE_LABELS, type Cadence } from "@/lib/programs/question-schema";
import type { ApplicationState } from "@/lib/programs/state-machine";

export const ROLES: readonly Role[] = ["MENTEE", "MENTOR"];

export const ROLE_LABELS: Record<Role, { one: string; many: string; a: string }> = {
  MENTEE: { one: "Mentee", many: "Mentees", a: "a mentee" },
  MENTOR: { one: "Mentor", many: "Mentors", a: "a mentor" },
};

export function parseRole(value: unknown): Role | null {
  return value === "MENTOR" || value === "MENTEE" ? value : null;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "4 weeks", or "Open-ended" for programs without a fixed length. */
export function lengthLabel(weeks: number | null): string {
  return weeks === null ? "Open-ended" : plural(weeks, "week");
}

export function cadenceLabel(cadence: string | null | undefined): string | null {
  if (!cadence) return null;
  return CADENCE_LABELS[cadence as Cadence] ?? cadence;
}

/** What an applicant reads under their application's state: where it stands and what happens next. */
export function nextStepsFor(state: ApplicationState, role: Role): string {
  const other = role === "MENTOR" ? "a mentee" : "a mentor";
  switch (state) {
    case "DRAFT":
      return "Only you can see this draft. Submit it when you're ready; the admins see it after that.";
    case "PENDING":
      return "The group's admins will read it and decide. You can edit or withdraw it until then, and we'll tell you when they do.";
    case "APPROVED":
      return `You're in. An admin will match you with ${other} and introduce you; we'll tell you when they do.`;
    case "WAITLISTED":
      return "There's no place for you right now. An admin may come back to you if one opens up.";
    case "DECLINED":
      return "Your application was not accepted this time. Thank you for offering your time.";
    case "WITHDRAWN":
      return "You withdrew this application. You can apply again while the program is taking applications.";
    case "MATCHED":
      return `You've been matched with ${other}. Look out for the admins' introduction in your messages.`;
  }
}

const ACTIVE: readonly ApplicationState[] = ["DRAFT", "PENDING", "APPROVED", "WAITLISTED", "MATCHED"];

export type ApplyOption =
  | { role: Role; kind: "apply" }
  | { role: Role; kind: "reapply"; application: MyApplicationDto }
  | { role: Role; kind: "edit"; application: MyApplicationDto }
  | { role: Role; kind: "decided"; application: MyApplicationDto }
  | { role: Role; kind: "blocked"; reason: string };

/**
 * What the viewer can do for each role, from their own applications (the service checks again): apply, edit a
 * draft or pending one, apply again after withdrawing, or nothing. Without dual roles, an application in one role
 * that is still alive blocks the other.
 */
export function applyOptions(program: Pick<ProgramDetailDto, "allowDualRole" | "mine">): ApplyOption[] {
  return ROLES.map((role): ApplyOption => {
    const own = program.mine.find((a) => a.role === role);
    if (own && (own.state === "DRAFT" || own.state === "PENDING")) return { role, kind: "edit", application: own };
    if (own && own.state !== "WITHDRAWN") return { role, kind: "decided", application: own };
    const other = program.mine.find((a) => a.role !== role && ACTIVE.includes(a.state));
    if (other && !program.allowDualRole)
      return {
        role,
        kind: "blocked",
        reason: `In this program one person is either a mentor or a mentee; you applied as ${ROLE_LABELS[other.role].a}.`,
      };
    return own ? { role, kind: "reapply", application: own } : { role, kind: "apply" };
  });
}

export function applyHref(slug: string, programId: string, role: Role): string {
  return `/groups/${slug}/mentorship/${programId}/apply?role=${role}`;
}
