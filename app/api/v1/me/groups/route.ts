import { apiRoute } from "@/lib/http/route";
import { findMyGroups } from "@/lib/groups/find-my-groups";

/** The caller's groups, with unread activity. */
export const GET = apiRoute({ handler: ({ user }) => findMyGroups(user) });
