"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/http/action";
import { setProgramWatch } from "@/lib/programs/set-watch";
import { ZSlug } from "@/lib/groups/schemas";

/** "Tell me when a program opens": the switch sends the value it turns to. */
export const setWatchAction = formAction({
  schema: z.strictObject({
    slug: ZSlug,
    watching: z.enum(["true", "false"], { message: "Say yes or no." }).transform((v) => v === "true"),
  }),
  handler: async ({ slug, watching }, { user }) => {
    const result = await setProgramWatch(user, slug, { watching });
    revalidatePath(`/groups/${result.slug}/mentorship`);
    return {
      message: result.watching
        ? "We'll tell you when a program opens for applications."
        : "You won't be told about new programs.",
      data: result,
    };
  },
});
