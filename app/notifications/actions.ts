"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/action";
import { markRead } from "@/lib/notifications/mark-read";

export const markAllReadAction = formAction({
  handler: async (_input, { user }) => {
    const result = await markRead(user, { all: true });
    revalidatePath("/notifications");
    return { message: "All notifications marked read.", data: result };
  },
});
