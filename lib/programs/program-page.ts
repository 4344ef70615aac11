import "server-only";
import { notFound } from "next/navigation";
import type { GroupPermission } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { loadGroupPage } from "@/lib/groups/group-page";
import { orNotFound } from "@/lib/http/page";

/**
 * For a program's admin pages (review queue, matching, pairings, progress): the signed-in viewer, the group and the
 * program, or the 404 page for anyone without `permission` in the program's own group (decision 006). Only what
 * their headers show: the program's row comes from the authorization itself, read once per request (the page's
 * own loader authorizes against the same read), not the whole program page's steps, questions and counts.
 */
export async function loadProgramAdminPage(slug: string, programId: string, permission: GroupPermission) {
  const { user, group } = await loadGroupPage(slug, permission);
  const { program } = await orNotFound(authorize(user, "programs.read", { programId }));
  if (!user || program.groupId !== group.id) notFound();
  return {
    user,
    group,
    program: {
      id: program.id,
      groupId: program.groupId,
      name: program.name,
      state: program.state,
      archived: program.archivedAt !== null,
    },
    programHref: `/groups/${group.slug}/mentorship/${program.id}`,
  };
}
