"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { jsonObject } from "@/lib/http/json-field";
import { setFlash } from "@/lib/request/flash";
import { joinGroup } from "@/lib/groups/join-group";
import { leaveGroup } from "@/lib/groups/leave-group";

export const joinGroupAction = formAction({
  handler: async (values, { user }) => {
    // The join dialog sends `{ slug, answers, acceptRules }` as JSON: the slug names the group, the rest is the
    // service's input.
    const { slug, ...input } = jsonObject(values);
    const result = await joinGroup(user, String(slug ?? ""), input);
    revalidatePath(`/groups/${slug}`, "layout");
    const t = await getTranslations("groups.join");
    return {
      message: result.status === "ACTIVE" ? t("joined") : t("requestSent"),
      data: result,
    };
  },
});

export const leaveGroupAction = formAction({
  handler: async ({ slug = "", pending }, { user }) => {
    await leaveGroup(user, slug);
    const t = await getTranslations("groups.join");
    await setFlash(pending ? t("withdrawn") : t("left"));
    redirect(`/groups/${slug}`);
  },
});
