"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/action";
import { setFlash } from "@/lib/request/flash";
import { signOut } from "@/lib/auth/config";
import { requestAccountDeletion } from "@/lib/accounts/deletion/request-deletion";
import { requestDataExport } from "@/lib/accounts/export/request-export";
import { DATE, formatDate } from "@/lib/time";

export const requestDeletionAction = formAction({
  secretFields: ["confirmation"],
  handler: async ({ confirmation }, { user }) => {
    const { dueAt } = await requestAccountDeletion(user, { confirmation });
    await setFlash(
      `Your account will be deleted on ${formatDate(dueAt, user.timeZone, DATE)}. Sign in before then to keep it.`,
    );
    // Every session has ended already (the session version moved); this clears this browser's cookie too.
    return signOut({ redirectTo: "/" });
  },
});

export const requestExportAction = formAction({
  secretFields: ["confirmation"],
  handler: async ({ confirmation }, { user }) => {
    await requestDataExport(user, { confirmation });
    revalidatePath("/settings/privacy");
    return { message: "We're preparing your archive. We'll email you when it's ready.", data: null };
  },
});
