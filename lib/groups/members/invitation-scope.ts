import "server-only";
import { db } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import type { InvitationScope } from "@/lib/auth/policy";
import type { Resolver } from "@/lib/auth/authorize";
import { readGroupContext, type GroupContext } from "../scope";

export type InvitationContext = GroupContext & {
  invitation: {
    id: string;
    groupId: string;
    invitedById: string | null;
    inviteeId: string | null;
    acceptedAt: Date | null;
    revokedAt: Date | null;
  };
};

/** The loader of an invitation. The policy shows it to its sender and to those who approve members. */
export const resolveInvitation: Resolver<InvitationContext> = async (actor, invitationId, { tx = db }) => {
  assertPlausibleKey(invitationId); // a NUL or a mangled id names nothing: 404, never a database error
  const invitation = await tx.invitation.findUnique({
    where: { id: invitationId },
    select: { id: true, groupId: true, invitedById: true, inviteeId: true, acceptedAt: true, revokedAt: true },
  });
  if (!invitation) throw notFound();
  const context = await readGroupContext(actor, { id: invitation.groupId }, tx);
  const scope: InvitationScope = { kind: "invitation", group: context.scope, invitedById: invitation.invitedById };
  return { context: { ...context, invitation }, scope };
};

declare module "@/lib/auth/authorize" {
  interface Resolvers {
    invitationId: InvitationContext;
  }
}
