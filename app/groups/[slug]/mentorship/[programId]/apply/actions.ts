"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { invalid } from "@/lib/errors";
import { formAction } from "@/lib/http/action";
import { jsonObject } from "@/lib/http/json-field";
import { setFlash } from "@/lib/request/flash";
import { applyToProgram, editApplication } from "@/lib/programs/applications/save-application";

const INTENTS = ["draft", "submit", "update"] as const;

/**
 * Saves a draft (the form stays, with a toast), submits the application or saves changes to a pending one (back
 * to the program page). The button pressed says which. Field errors come back keyed `answers.<questionId>` and `capacity`.
 */
export const saveApplicationAction = formAction({
  handler: async (values, { user }) => {
    // The button pressed says what to do; "update" saves changes to a pending application (it stays submitted).
    const t = await getTranslations("apply.form");
    const intent = values.intent as (typeof INTENTS)[number];
    if (!INTENTS.includes(intent)) throw invalid({ intent: [t("chooseIntent")] });
    // The "json" field: `{ slug, programId, applicationId?, role, answers, capacity }`. The service parses the
    // application (role, answers, capacity); the slug names the pages, the ids which application or program.
    const { slug, programId, applicationId, role, answers, capacity } = jsonObject(values);
    const input = { answers, capacity: role === "MENTOR" ? (capacity ?? null) : null, submit: intent !== "draft" };
    const saved = applicationId
      ? await editApplication(user, String(applicationId), input)
      : await applyToProgram(user, String(programId ?? ""), { role, ...input });
    const base = `/groups/${slug}/mentorship/${saved.programId}`;
    revalidatePath(`/groups/${slug}/mentorship`, "layout");
    if (saved.state === "DRAFT") return { message: t("draftSaved"), data: saved };
    await setFlash(intent === "update" ? t("changesSaved") : t("submitted"));
    redirect(base);
  },
});
