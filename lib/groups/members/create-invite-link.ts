import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { ZCreateInviteLinkInput } from "./schemas";
import { newInviteToken } from "./invite-token";

export type InviteLinkDto = { id: string; token: string; path: string; expiresAt: string; maxUses: number | null };

/** A shareable link with an expiry and a use limit (or none). The token is returned once and never stored. */
export async function createInviteLink(actor: SessionUser, slug: string, raw: unknown): Promise<InviteLinkDto> {
  const input = ZCreateInviteLinkInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { group } = await authorize(actor, "members.invite", { groupSlug: slug }, { tx });
    const { token, tokenHash } = newInviteToken();
    const expiresAt = new Date(Date.now() + input.expiresInDays * 24 * 60 * 60 * 1000);
    const invitation = await tx.invitation.create({
      data: { groupId: group.id, invitedById: actor.id, tokenHash, expiresAt, maxUses: input.maxUses },
      select: { id: true },
    });
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: "invitation.create",
      targetType: "invitation",
      targetId: invitation.id,
      data: { kind: "link", expiresAt: expiresAt.toISOString(), maxUses: input.maxUses },
    });
    return {
      id: invitation.id,
      token,
      path: `/invite/${token}`,
      expiresAt: expiresAt.toISOString(),
      maxUses: input.maxUses,
    };
  });
}
