"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction, type ActionState } from "@/lib/http/action";
import { jsonField } from "@/lib/http/json-field";
import { setFlash } from "@/lib/request/flash";
import { createProgram } from "@/lib/programs/create-program";
import { requestLocale } from "@/lib/i18n/request-locale";

/**
 * Creates a draft program from a template and opens its editor. The page binds the group's slug (visible to the
 * client, and fine: the service authorizes the caller in that group).
 */
export async function createProgramAction(
  slug: string,
  prev: ActionState<unknown>,
  formData: FormData,
): Promise<ActionState<unknown>> {
  const run = formAction({
    handler: async (values, { user }) => {
      // The template's steps and questions in the admin's language, the group's from then on.
      const program = await createProgram(user, slug, jsonField(values), { locale: await requestLocale() });
      revalidatePath(`/groups/${program.slug}/mentorship`);
      const t = await getTranslations("programEditor");
      await setFlash(t("createdFlash", { name: program.name }));
      redirect(`/groups/${program.slug}/mentorship/${program.id}/edit`);
    },
  });
  return run(prev as Parameters<typeof run>[0], formData);
}
