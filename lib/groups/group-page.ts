import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import type { GroupPermission } from "@/lib/auth/policy";
import { orNotFound } from "@/lib/http/page";
import { getGroup } from "./get-group";

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
