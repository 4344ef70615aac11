"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction, type ActionState } from "@/lib/http/action";
import { booleanField } from "@/lib/http/form-fields";
import { jsonField } from "@/lib/http/json-field";
import { setFlash } from "@/lib/request/flash";
import { updateGroup } from "@/lib/groups/members/update-group";
import { transferOwnership } from "@/lib/groups/members/transfer-ownership";
import { archiveGroup } from "@/lib/groups/members/archive-group";
import { setMentorship } from "@/lib/programs/set-mentorship";

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
    handler: async (values, { user }) => {
      const result = await updateGroup(user, slug, jsonField(values));
      const t = await getTranslations("groups.settings");
      revalidatePath(`/groups/${result.slug}`, "layout");
      if (result.slug !== slug) {
        // Hidden now, at a new unguessable address; the old one answers 404, so the admin follows the group there.
        revalidatePath(`/groups/${slug}`, "layout");
        await setFlash(t("savedHidden"));
        redirect(`/groups/${result.slug}/settings`);
      }
      return { message: result.changed.length ? t("saved") : t("noChanges"), data: result };
    },
  });
  return run(prev as Parameters<typeof run>[0], formData);
}

export const transferOwnershipAction = formAction({
  handler: async ({ membershipId }, { user }) => {
    const result = await transferOwnership(user, { membershipId });
    revalidatePath(`/groups/${result.slug}`, "layout");
    await setFlash((await getTranslations("groups.settings"))("transferred", { name: result.newOwnerName }));
    redirect(`/groups/${result.slug}/settings`);
  },
});

export const archiveGroupAction = formAction({
  handler: async ({ slug = "", confirmName }, { user }) => {
    await archiveGroup(user, slug, { confirmName });
    revalidatePath("/groups", "layout");
    await setFlash((await getTranslations("groups.settings"))("archived"));
    redirect("/groups");
  },
});

/** The Mentorship switch: it sends the value it turns to. The tab appears or disappears for members. */
export const setMentorshipAction = formAction({
  handler: async ({ slug = "", enabled }, { user }) => {
    const result = await setMentorship(user, slug, { enabled: booleanField(enabled) });
    revalidatePath(`/groups/${result.slug}`, "layout");
    const t = await getTranslations("groups.settings");
    return {
      message: result.enabled ? t("mentorshipTurnedOn") : t("mentorshipTurnedOff"),
      data: result,
    };
  },
});
