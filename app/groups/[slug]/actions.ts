"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/http/action";
import { jsonField } from "@/lib/http/json-field";
import { setFlash } from "@/lib/request/flash";
import { joinGroup } from "@/lib/groups/join-group";
import { leaveGroup } from "@/lib/groups/leave-group";
import { ZJoinInput } from "@/lib/groups/schemas";

export const joinGroupAction = formAction({
  schema: jsonField(ZJoinInput.extend({ slug: z.string().max(64) })),
  handler: async ({ slug, ...input }, { user }) => {
    const result = await joinGroup(user, slug, input);
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
  schema: z.object({ slug: z.string().max(64), pending: z.string().optional() }),
  handler: async ({ slug, pending }, { user }) => {
    await leaveGroup(user, slug);
    await setFlash(pending ? "Your request is withdrawn." : "You left the group.");
    redirect(`/groups/${slug}`);
  },
});
