"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/action";
import { checkboxField } from "@/lib/http/form-fields";
import { setFlash } from "@/lib/request/flash";
import { acceptInvitation } from "@/lib/groups/members/accept-invitation";

export const acceptInvitationAction = formAction({
  handler: async ({ token, acceptRules }, { user }) => {
    const result = await acceptInvitation(user, { token, acceptRules: checkboxField(acceptRules) });
    revalidatePath(`/groups/${result.slug}`, "layout");
    await setFlash(
      result.alreadyMember
        ? "You're already a member."
        : result.status === "ACTIVE"
          ? "Welcome! You're now a member."
          : "Request sent. The group's moderators will review it.",
    );
    redirect(`/groups/${result.slug}`);
  },
});
