"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/http/action";
import { changeRole } from "@/lib/groups/members/change-role";
import { muteMember } from "@/lib/groups/members/mute-member";
import { unmuteMember } from "@/lib/groups/members/unmute-member";
import { removeMember } from "@/lib/groups/members/remove-member";
import { banMember } from "@/lib/groups/members/ban-member";
import { unbanMember } from "@/lib/groups/members/unban-member";
import { inviteUser } from "@/lib/groups/members/invite-user";
import { createInviteLink } from "@/lib/groups/members/create-invite-link";
import { revokeInvitation } from "@/lib/groups/members/revoke-invitation";
import { MUTE_DURATIONS, ZAssignableRole, ZMemberId, ZMuteInput } from "@/lib/groups/members/schemas";
import { ZSlug } from "@/lib/groups/schemas";

const ROLE_WORDS = { ADMIN: "an admin", MODERATOR: "a moderator", MEMBER: "a member" } as const;

const ZManageMember = z.discriminatedUnion("op", [
  z.strictObject({ op: z.literal("role"), membershipId: ZMemberId, role: ZAssignableRole }),
  z.strictObject({ op: z.literal("mute"), membershipId: ZMemberId, duration: ZMuteInput.shape.duration }),
  z.strictObject({ op: z.literal("unmute"), membershipId: ZMemberId }),
  z.strictObject({ op: z.literal("remove"), membershipId: ZMemberId }),
  z.strictObject({ op: z.literal("ban"), membershipId: ZMemberId }),
]);

/** Every per-member admin tool, from the members page's dialog. The group comes from the membership. */
export const manageMemberAction = formAction({
  schema: ZManageMember,
  handler: async (input, { user }) => {
    let message: string;
    let slug: string;
    switch (input.op) {
      case "role": {
        const r = await changeRole(user, input.membershipId, { role: input.role });
        ({ slug } = r);
        message = `${r.name} is now ${ROLE_WORDS[input.role]}.`;
        break;
      }
      case "mute": {
        const r = await muteMember(user, input.membershipId, { duration: input.duration });
        ({ slug } = r);
        message = `${r.name} is muted for ${MUTE_DURATIONS[input.duration].label}.`;
        break;
      }
      case "unmute": {
        const r = await unmuteMember(user, input.membershipId);
        ({ slug } = r);
        message = `${r.name} can post again.`;
        break;
      }
      case "remove": {
        const r = await removeMember(user, input.membershipId);
        ({ slug } = r);
        message = `${r.name} was removed from the group.`;
        break;
      }
      case "ban": {
        const r = await banMember(user, input.membershipId);
        ({ slug } = r);
        message = `${r.name} is banned from the group.`;
        break;
      }
    }
    revalidatePath(`/groups/${slug}`, "layout");
    return { message, data: null };
  },
});

export const unbanMemberAction = formAction({
  schema: z.strictObject({ membershipId: ZMemberId }),
  handler: async ({ membershipId }, { user }) => {
    const r = await unbanMember(user, membershipId);
    revalidatePath(`/groups/${r.slug}`, "layout");
    return { message: `${r.name}'s ban is lifted. They may ask to join again.`, data: null };
  },
});

export const inviteUserAction = formAction({
  schema: z.strictObject({ slug: ZSlug, email: z.string().max(254) }),
  handler: async ({ slug, email }, { user }) => {
    const { message } = await inviteUser(user, slug, { email });
    revalidatePath(`/groups/${slug}/members`);
    return { message, data: null };
  },
});

export const createInviteLinkAction = formAction({
  schema: z.strictObject({
    slug: ZSlug,
    expiresInDays: z.string().max(3),
    maxUses: z.string().max(10),
  }),
  handler: async ({ slug, expiresInDays, maxUses }, { user }) => {
    const link = await createInviteLink(user, slug, {
      expiresInDays,
      maxUses: maxUses === "unlimited" || maxUses.trim() === "" ? null : maxUses,
    });
    revalidatePath(`/groups/${slug}/members`);
    return {
      message: "Your invitation link is ready. Copy it now: it won't be shown again.",
      data: { path: link.path, expiresAt: link.expiresAt, maxUses: link.maxUses },
    };
  },
});

export const revokeInvitationAction = formAction({
  schema: z.strictObject({ invitationId: ZMemberId }),
  handler: async ({ invitationId }, { user }) => {
    const { slug } = await revokeInvitation(user, invitationId);
    revalidatePath(`/groups/${slug}/members`);
    return { message: "The invitation is revoked.", data: null };
  },
});
