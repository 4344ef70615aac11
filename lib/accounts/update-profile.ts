import "server-only";
import { db } from "@/lib/db";
import { ZProfileUpdateInput } from "./schemas";
import { profileSelect, toProfileDto, type ProfileDto } from "./dto";
import type { SessionUser } from "@/lib/auth/session-user";

/** A user edits their own profile; the actor is the only scope, so there is nothing else to check. */
export async function updateProfile(actor: SessionUser, raw: unknown): Promise<ProfileDto> {
  const input = ZProfileUpdateInput.parse(raw);
  const user = await db.user.update({
    where: { id: actor.id },
    data: { name: input.name, bio: input.bio, timeZone: input.timeZone, languages: input.languages },
    select: profileSelect,
  });
  return toProfileDto(user);
}
