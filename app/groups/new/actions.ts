"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { jsonField } from "@/lib/http/json-field";
import { setFlash } from "@/lib/request/flash";
import { createGroup } from "@/lib/groups/create-group";

export const createGroupAction = formAction({
  handler: async (values, { user }) => {
    const group = await createGroup(user, jsonField(values));
    await setFlash((await getTranslations("groups.new"))("created"));
    redirect(`/groups/${group.slug}`);
  },
});
