"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/action";
import { updateProfile } from "@/lib/accounts/update-profile";

export const updateProfileAction = formAction({
  handler: async (input, { user }) => {
    const profile = await updateProfile(user, input);
    revalidatePath("/", "layout");
    return { message: "Your profile is saved.", data: profile };
  },
});
