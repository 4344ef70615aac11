"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/http/action";
import { jsonField } from "@/lib/http/json-field";
import { setFlash } from "@/lib/request/flash";
import { createGroup } from "@/lib/groups/create-group";

export const createGroupAction = formAction({
  handler: async (values, { user }) => {
    const group = await createGroup(user, jsonField(values));
    await setFlash("Your group is ready. Invite people or write the first post.");
    redirect(`/groups/${group.slug}`);
  },
});
