"use server";

import { revalidatePath } from "next/cache";
import { invalid } from "@/lib/errors";
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
import { MUTE_DURATIONS, type MuteDuration } from "@/lib/groups/members/schemas";

const ROLE_WORDS = { ADMIN: "an admin", MODERATOR: "a moderator", MEMBER: "a member" } as const;

/**
 * Every per-member admin tool, from the members page's dialog: `op` says which. The group comes from the
 * membership; each service parses its own input (decision 022), so a role or duration it accepted is a known one.
 */
export const manageMemberAction = formAction({
  handler: async ({ op, membershipId = "", role, duration }, { user }) => {
    let message: string;
    let slug: string;
    switch (op) {
      case "role": {
        const r = await changeRole(user, membershipId, { role });
        ({ slug } = r);
        message = `${r.name} is now ${ROLE_WORDS[role as keyof typeof ROLE_WORDS]}.`;
        break;
      }
      case "mute": {
        const r = await muteMember(user, membershipId, { duration });
        ({ slug } = r);
        message = `${r.name} is muted for ${MUTE_DURATIONS[duration as MuteDuration].label}.`;
        break;
      }
      case "unmute": {
        const r = await unmuteMember(user, membershipId);
        ({ slug } = r);
        message = `${r.name} can post again.`;
        break;
      }
      case "remove": {
        const r = await removeMember(user, membershipId);
        ({ slug } = r);
        message = `${r.name} was removed from the group.`;
        break;
      }
      case "ban": {
        const r = await banMember(user, membershipId);
        ({ slug } = r);
        message = `${r.name} is banned from the group.`;
        break;
      }
      default:
        throw invalid({ op: ["Choose what to do."] });
    }
    revalidatePath(`/groups/${slug}`, "layout");
    return { message, data: null };
  },
});

export const unbanMemberAction = formAction({
  handler: async ({ membershipId = "" }, { user }) => {
    const r = await unbanMember(user, membershipId);
    revalidatePath(`/groups/${r.slug}`, "layout");
    return { message: `${r.name}'s ban is lifted. They may ask to join again.`, data: null };
  },
});

export const inviteUserAction = formAction({
  handler: async ({ slug = "", email }, { user }) => {
    const { message } = await inviteUser(user, slug, { email });
    revalidatePath(`/groups/${slug}/members`);
    return { message, data: null };
  },
});

export const createInviteLinkAction = formAction({
  handler: async ({ slug = "", expiresInDays, maxUses }, { user }) => {
    const link = await createInviteLink(user, slug, {
      expiresInDays,
      maxUses: maxUses === "unlimited" || maxUses?.trim() === "" ? null : maxUses,
    });
    revalidatePath(`/groups/${slug}/members`);
    return {
      message: "Your invitation link is ready. Copy it now: it won't be shown again.",
      data: { path: link.path, expiresAt: link.expiresAt, maxUses: link.maxUses },
    };
  },
});

export const revokeInvitationAction = formAction({
  handler: async ({ invitationId = "" }, { user }) => {
    const { slug } = await revokeInvitation(user, invitationId);
    revalidatePath(`/groups/${slug}/members`);
    return { message: "The invitation is revoked.", data: null };
  },
});
