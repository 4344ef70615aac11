"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, type ActionState } from "@/lib/http/action";
import { jsonField } from "@/lib/http/json-field";
import { setFlash } from "@/lib/request/flash";
import { updateGroup } from "@/lib/groups/members/update-group";
import { transferOwnership } from "@/lib/groups/members/transfer-ownership";
import { archiveGroup } from "@/lib/groups/members/archive-group";
import { setMentorship } from "@/lib/programs/set-mentorship";
import { ZMemberId } from "@/lib/groups/members/schemas";
import { ZGroupUpdateInput, ZSlug } from "@/lib/groups/schemas";

/**
 * Settings reuse the create form (GroupForm), which sends only its "json" field, so the page binds the slug.
 * A bound argument is visible to the client, and that is fine: the service authorizes the caller on that group.
 */
export async function updateGroupAction(
  slug: string,
  prev: ActionState<unknown>,
  formData: FormData,
): Promise<ActionState<unknown>> {
  const run = formAction({
    schema: jsonField(ZGroupUpdateInput),
    handler: async (input, { user }) => {
      const result = await updateGroup(user, ZSlug.parse(slug), input);
      revalidatePath(`/groups/${result.slug}`, "layout");
      return { message: result.changed.length ? "Settings saved." : "No changes to save.", data: result };
    },
  });
  return run(prev as Parameters<typeof run>[0], formData);
}

export const transferOwnershipAction = formAction({
  schema: z.strictObject({
    membershipId: z
      .string()
      .max(64)
      .refine((v) => v.trim() !== "", "Choose who will own the group.")
      .pipe(ZMemberId),
  }),
  handler: async ({ membershipId }, { user }) => {
    const result = await transferOwnership(user, { membershipId });
    revalidatePath(`/groups/${result.slug}`, "layout");
    await setFlash(`${result.newOwnerName} now owns the group. You're an admin.`);
    redirect(`/groups/${result.slug}/settings`);
  },
});

export const archiveGroupAction = formAction({
  schema: z.strictObject({ slug: ZSlug, confirmName: z.string().max(200) }),
  handler: async ({ slug, confirmName }, { user }) => {
    await archiveGroup(user, slug, { confirmName });
    revalidatePath("/groups", "layout");
    await setFlash("The group is archived. Nothing was deleted, and members can no longer open it.");
    redirect("/groups");
  },
});

/** The Mentorship switch: it sends the value it turns to. The tab appears or disappears for members. */
export const setMentorshipAction = formAction({
  schema: z.strictObject({
    slug: ZSlug,
    enabled: z.enum(["true", "false"], { message: "Say on or off." }).transform((v) => v === "true"),
  }),
  handler: async ({ slug, enabled }, { user }) => {
    const result = await setMentorship(user, slug, { enabled });
    revalidatePath(`/groups/${result.slug}`, "layout");
    return {
      message: result.enabled
        ? "Mentorship is on. Members can see the Mentorship tab and apply to open programs."
        : "Mentorship is off. Members no longer see programs; nothing was deleted and running pairs keep going.",
      data: result,
    };
  },
});
