"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
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
    return {
      message:
        result.status === "ACTIVE"
          ? "Welcome! You're now a member."
          : "Request sent. The group's moderators will review it.",
      data: result,
    };
  },
});

export const leaveGroupAction = formAction({
  handler: async ({ slug = "", pending }, { user }) => {
    await leaveGroup(user, slug);
    await setFlash(pending ? "Your request is withdrawn." : "You left the group.");
    redirect(`/groups/${slug}`);
  },
});
