"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { checkboxField } from "@/lib/http/form-fields";
import { setFlash } from "@/lib/request/flash";
import { acceptInvitation } from "@/lib/groups/members/accept-invitation";

export const acceptInvitationAction = formAction({
  handler: async ({ token, acceptRules }, { user }) => {
    const result = await acceptInvitation(user, { token, acceptRules: checkboxField(acceptRules) });
    revalidatePath(`/groups/${result.slug}`, "layout");
    const t = await getTranslations("invite");
    await setFlash(
      result.alreadyMember ? t("alreadyMemberFlash") : result.status === "ACTIVE" ? t("welcome") : t("requestSent"),
    );
    redirect(`/groups/${result.slug}`);
  },
});
