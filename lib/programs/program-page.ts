import "server-only";
import { notFound } from "next/navigation";
import type { GroupPermission } from "@/lib/auth/policy";
import { loadGroupPage } from "@/lib/groups/group-page";
import { orNotFound } from "@/lib/http/page";
import { getProgram } from "./get-program";

/**
 * For a program's admin pages (review queue, matching, pairings, progress): the signed-in viewer, the group and the
 * program, or the 404 page for anyone without `permission` in the program's own group (decision 006).
 */
export async function loadProgramAdminPage(slug: string, programId: string, permission: GroupPermission) {
  const { user, group } = await loadGroupPage(slug, permission);
  const program = await orNotFound(getProgram(user, programId));
  if (!user || program.groupId !== group.id) notFound();
  return { user, group, program, programHref: `/groups/${group.slug}/mentorship/${program.id}` };
}
