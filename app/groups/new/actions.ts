"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/http/action";
import { jsonField } from "@/lib/http/json-field";
import { setFlash } from "@/lib/request/flash";
import { createGroup } from "@/lib/groups/create-group";
import { ZGroupCreateInput } from "@/lib/groups/schemas";

export const createGroupAction = formAction({
  schema: jsonField(ZGroupCreateInput),
  handler: async (input, { user }) => {
    const group = await createGroup(user, input);
    await setFlash("Your group is ready. Invite people or write the first post.");
    redirect(`/groups/${group.slug}`);
  },
});
