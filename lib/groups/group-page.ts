import "server-only";
import { after } from "next/server";
import { notFound } from "next/navigation";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import type { GroupPermission } from "@/lib/auth/policy";
import { orNotFound } from "@/lib/http/page";
import { getGroup } from "./get-group";
import { isSeenStale, markGroupSeen } from "./find-my-groups";
import { readGroupBySlugOncePerRequest } from "./scope";

/**
 * For a group's pages: the viewer and the group as they may see it. A group they may not know, or a page that
 * needs a permission they lack, is the 404 page (with status 404, see decision 006).
 */
export async function loadGroupPage(slug: string, permission?: GroupPermission) {
  const user = await getCurrentUser();
  const group = await orNotFound(getGroup(user, slug));
  if (permission && !group.viewer.can[permission]) notFound();
  return { user, group };
}

/**
 * Opening a group clears its unread count in "Your groups": written after the response is sent, and only when the
 * last "seen" is older than a few minutes (the membership was read with the group, so deciding costs nothing).
 */
export async function markSeenAfterResponse(user: SessionUser | null, slug: string): Promise<void> {
  if (!user) return;
  const { group, membership } = await readGroupBySlugOncePerRequest(user.id, slug);
  if (membership?.status !== "ACTIVE" || !isSeenStale(membership.lastSeenAt)) return;
  after(() => markGroupSeen(user, group.id));
}
