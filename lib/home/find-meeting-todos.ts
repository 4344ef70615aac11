import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TodoSection } from "./dto";

/**
 * The seam for meetings, which do not exist yet (DESIGN.md: a pair proposes options, confirms one time, and logs
 * it afterwards). When they do, this returns one section of kind "meeting" from one statement over the person's
 * active pairings: a proposal waiting for their answer ranks "waiting" (since it was proposed), a confirmed
 * meeting in the next days ranks "upcoming" (since its start), a held meeting without its log ranks "overdue";
 * each links to the pair's space. Ordering, bounding, counts and the list's rendering already handle the kind.
 */
export async function findMeetingTodos(actor: SessionUser, now: Date): Promise<TodoSection<"meeting"> | null> {
  void actor;
  void now;
  return null;
}
