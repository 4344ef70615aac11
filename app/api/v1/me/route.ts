import { apiRoute } from "@/lib/http/route";
import { getOwnProfile } from "@/lib/accounts/get-profile";
import { updateProfile } from "@/lib/accounts/update-profile";
import { ZProfileUpdateInput } from "@/lib/accounts/schemas";

/** The signed-in user's own profile. */
export const GET = apiRoute({ handler: ({ user }) => getOwnProfile(user) });

export const PATCH = apiRoute({ body: ZProfileUpdateInput, handler: ({ user, body }) => updateProfile(user, body) });
