import type { MyApplicationDto, ProgramDetailDto } from "@/lib/programs/dto";
import type { Role } from "@/lib/programs/limits";
import { CADENCE_LABELS, type Cadence } from "@/lib/programs/question-limits";
import type { ApplicationState } from "@/lib/programs/state-machine";

export const ROLES: readonly Role[] = ["MENTEE", "MENTOR"];

export function parseRole(value: unknown): Role | null {
  return value === "MENTOR" || value === "MENTEE" ? value : null;
}

/** English-only counting, kept for the pages not yet translated (matching); translated pages use ICU plurals. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** English wording of a meeting rhythm, for the pages not yet translated; translated ones use `programs.cadence`. */
export function cadenceLabel(cadence: string | null | undefined): string | null {
  if (!cadence) return null;
  return CADENCE_LABELS[cadence as Cadence] ?? cadence;
}

const ACTIVE: readonly ApplicationState[] = ["DRAFT", "PENDING", "APPROVED", "WAITLISTED", "MATCHED"];

export type ApplyOption =
  | { role: Role; kind: "apply" }
  | { role: Role; kind: "reapply"; application: MyApplicationDto }
  | { role: Role; kind: "edit"; application: MyApplicationDto }
  | { role: Role; kind: "decided"; application: MyApplicationDto }
  /** Without dual roles, `other` is the role already applied for (the card says so in the reader's language). */
  | { role: Role; kind: "blocked"; other: Role };

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
    if (other && !program.allowDualRole) return { role, kind: "blocked", other: other.role };
    return own ? { role, kind: "reapply", application: own } : { role, kind: "apply" };
  });
}

export function applyHref(slug: string, programId: string, role: Role): string {
  return `/groups/${slug}/mentorship/${programId}/apply?role=${role}`;
}
