import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { profileSelect, toProfileDto, type ProfileDto } from "./dto";
import type { SessionUser } from "@/lib/auth/session-user";

export async function getOwnProfile(actor: SessionUser): Promise<ProfileDto> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: profileSelect });
  if (!user) throw notFound();
  return toProfileDto(user);
}
