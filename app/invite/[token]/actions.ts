"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/http/action";
import { setFlash } from "@/lib/request/flash";
import { acceptInvitation } from "@/lib/groups/members/accept-invitation";

export const acceptInvitationAction = formAction({
  schema: z.strictObject({ token: z.string().max(200), acceptRules: z.literal("on").optional() }),
  handler: async ({ token, acceptRules }, { user }) => {
    const result = await acceptInvitation(user, { token, acceptRules: acceptRules === "on" });
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
