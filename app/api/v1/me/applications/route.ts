import { apiRoute } from "@/lib/http/route";
import { findMyApplications } from "@/lib/programs/applications/find-my-applications";

/** Your applications across your groups, newest first. */
export const GET = apiRoute({
  handler: async ({ user }) => ({ applications: await findMyApplications(user) }),
});
