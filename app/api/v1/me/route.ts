import { apiRoute } from "@/lib/http/route";
import { getOwnProfile } from "@/lib/accounts/get-profile";
import { updateProfile } from "@/lib/accounts/update-profile";

/** The signed-in user's own profile. */
export const GET = apiRoute({ handler: ({ user }) => getOwnProfile(user) });

export const PATCH = apiRoute({ handler: ({ user, body }) => updateProfile(user, body) });
