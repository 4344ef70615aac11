import { apiRoute } from "@/lib/http/route";
import { findMyPairings } from "@/lib/pairings/find-my-pairings";

/** Your mentorships across groups, with what is due next. */
export const GET = apiRoute({ handler: ({ user }) => findMyPairings(user) });
