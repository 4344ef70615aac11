import { apiRoute } from "@/lib/http/route";
import { getGroup } from "@/lib/groups/get-group";

/** One group as the caller may see it (404 when they may not know it exists). */
export const GET = apiRoute({ auth: false, handler: ({ user, params }) => getGroup(user, params.slug ?? "") });
