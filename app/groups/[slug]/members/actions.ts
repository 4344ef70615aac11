"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
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

/**
 * Every per-member admin tool, from the members page's dialog: `op` says which. The group comes from the
 * membership; each service parses its own input (decision 022), so a role or duration it accepted is a known one.
 */
export const manageMemberAction = formAction({
  handler: async ({ op, membershipId = "", role, duration }, { user }) => {
    const t = await getTranslations("members.actions");
    let message: string;
    let slug: string;
    switch (op) {
      case "role": {
        const r = await changeRole(user, membershipId, { role });
        ({ slug } = r);
        message = t("roleChanged", { name: r.name, role: String(role) });
        break;
      }
      case "mute": {
        const r = await muteMember(user, membershipId, { duration });
        ({ slug } = r);
        message = t("muted", { name: r.name, duration: String(duration) });
        break;
      }
      case "unmute": {
        const r = await unmuteMember(user, membershipId);
        ({ slug } = r);
        message = t("unmuted", { name: r.name });
        break;
      }
      case "remove": {
        const r = await removeMember(user, membershipId);
        ({ slug } = r);
        message = t("removed", { name: r.name });
        break;
      }
      case "ban": {
        const r = await banMember(user, membershipId);
        ({ slug } = r);
        message = t("banned", { name: r.name });
        break;
      }
      default:
        throw invalid({ op: [t("chooseOp")] });
    }
    revalidatePath(`/groups/${slug}`, "layout");
    return { message, data: null };
  },
});

export const unbanMemberAction = formAction({
  handler: async ({ membershipId = "" }, { user }) => {
    const r = await unbanMember(user, membershipId);
    revalidatePath(`/groups/${r.slug}`, "layout");
    return { message: (await getTranslations("members.actions"))("unbanned", { name: r.name }), data: null };
  },
});

export const inviteUserAction = formAction({
  handler: async ({ slug = "", email }, { user }) => {
    await inviteUser(user, slug, { email });
    revalidatePath(`/groups/${slug}/members`);
    return { message: (await getTranslations("members.actions"))("invited"), data: null };
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
      message: (await getTranslations("members.actions"))("linkReady"),
      data: { path: link.path, expiresAt: link.expiresAt, maxUses: link.maxUses },
    };
  },
});

export const revokeInvitationAction = formAction({
  handler: async ({ invitationId = "" }, { user }) => {
    const { slug } = await revokeInvitation(user, invitationId);
    revalidatePath(`/groups/${slug}/members`);
    return { message: (await getTranslations("members.actions"))("revoked"), data: null };
  },
});
