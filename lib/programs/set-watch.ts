import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/auth/authorize";
import { ZWatchInput } from "./schemas";

/** A member asks to be told (or stops asking) when a program of the group opens for applications. */
export async function setProgramWatch(
  actor: SessionUser,
  slug: string,
  raw: unknown,
): Promise<{ slug: string; watching: boolean }> {
  const { watching } = ZWatchInput.parse(raw);
  return db.$transaction(async (tx) => {
    // Anyone who can see the group may stop watching (even with mentorship off); asking needs programs.apply.
    const { group } = await authorize(actor, watching ? "programs.apply" : "group.read", { groupSlug: slug }, { tx });
    if (watching)
      await tx.programWatch.upsert({
        where: { groupId_userId: { groupId: group.id, userId: actor.id } },
        create: { groupId: group.id, userId: actor.id },
        update: {},
      });
    else await tx.programWatch.deleteMany({ where: { groupId: group.id, userId: actor.id } });
    return { slug: group.slug, watching };
  });
}
