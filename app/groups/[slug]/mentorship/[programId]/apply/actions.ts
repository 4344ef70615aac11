"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/http/action";
import { jsonField } from "@/lib/http/json-field";
import { setFlash } from "@/lib/request/flash";
import { ZSlug } from "@/lib/groups/schemas";
import { ZId, ZRole } from "@/lib/programs/schemas";
import { applyToProgram, editApplication } from "@/lib/programs/applications/save-application";

/** What the form sends in its "json" field; the answers and capacity are the service's to validate. */
const ZApplyPayload = z.object({
  slug: ZSlug,
  programId: ZId,
  /** Set when editing an existing draft or pending application. */
  applicationId: ZId.nullable().default(null),
  role: ZRole,
  answers: z.record(z.string(), z.unknown()),
  capacity: z.unknown(),
});

/**
 * Saves a draft (the form stays, with a toast), submits the application or saves changes to a pending one (back
 * to the program page). The button pressed says which. Field errors come back keyed `answers.<questionId>` and `capacity`.
 */
export const saveApplicationAction = formAction({
  schema: z.object({
    /** "update" saves changes to a pending application (it stays submitted). */
    intent: z.enum(["draft", "submit", "update"], { message: "Choose to save a draft or submit." }),
    json: z.string().max(100_000, "That is too much text."),
  }),
  handler: async ({ intent, json }, { user }) => {
    const { slug, programId, applicationId, role, answers, capacity } = jsonField(ZApplyPayload).parse({ json });
    const input = { answers, capacity: role === "MENTOR" ? (capacity ?? null) : null, submit: intent !== "draft" };
    const saved = applicationId
      ? await editApplication(user, applicationId, input)
      : await applyToProgram(user, programId, { role, ...input });
    const base = `/groups/${slug}/mentorship/${saved.programId}`;
    revalidatePath(`/groups/${slug}/mentorship`, "layout");
    if (saved.state === "DRAFT")
      return { message: "Draft saved. Only you can see it until you submit it.", data: saved };
    await setFlash(
      intent === "update"
        ? "Your changes are saved."
        : "Your application is in. The admins will review it, and we'll tell you when they decide.",
    );
    redirect(base);
  },
});
