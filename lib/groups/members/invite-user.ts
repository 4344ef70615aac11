import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { authorize } from "@/lib/auth/authorize";
import { ZInviteUserInput } from "./schemas";

export const INVITE_SENT =
  "If that email belongs to someone on Kinship who isn't in the group yet, they're invited. They'll see the invitation on the group's page.";

const PERSONAL_INVITATION_DAYS = 30;

/**
 * Invite a registered person by email. The answer is the same whether or not the email has an account, is
 * already a member or waiting, or is banned (banned people are never invited), so the form cannot be used to probe who is
 * on Kinship or in the group.
 */
export async function inviteUser(actor: SessionUser, slug: string, raw: unknown): Promise<{ message: string }> {
  const input = ZInviteUserInput.parse(raw);
  await db.$transaction(async (tx) => {
    const { group } = await authorize(actor, "members.invite", { groupSlug: slug }, { tx });
    const invitee = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true } });
    if (!invitee || invitee.id === actor.id) return;
    const now = new Date();
    const [membership, live] = await Promise.all([
      tx.membership.findUnique({
        where: { groupId_userId: { groupId: group.id, userId: invitee.id } },
        select: { status: true },
      }),
      tx.invitation.findFirst({
        where: {
          groupId: group.id,
          inviteeId: invitee.id,
          acceptedAt: null,
          revokedAt: null,
          OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
        },
        select: { id: true },
      }),
    ]);
    // Members, people already waiting in the queue, and banned people get no invitation (and the same answer).
    if (membership && membership.status !== "DECLINED") return;
    if (live) return;
    const invitation = await tx.invitation.create({
      data: {
        groupId: group.id,
        invitedById: actor.id,
        inviteeId: invitee.id,
        expiresAt: new Date(now.getTime() + PERSONAL_INVITATION_DAYS * 24 * 60 * 60 * 1000),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: "invitation.create",
      targetType: "invitation",
      targetId: invitation.id,
      data: { kind: "user", userId: invitee.id, name: invitee.name },
    });
    await notify(tx, {
      recipients: [invitee.id],
      kind: "group.invited",
      groupId: group.id,
      message: { key: "invited", values: { name: actor.name, group: group.name } },
      url: `/groups/${group.slug}`,
      dedupeKey: `invitation:${invitation.id}`,
    });
  });
  return { message: INVITE_SENT };
}
