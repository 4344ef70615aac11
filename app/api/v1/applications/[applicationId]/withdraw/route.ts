import { apiRoute } from "@/lib/http/route";
import { withdrawApplication } from "@/lib/programs/applications/withdraw-application";

/** Withdraw your own application (not once matched). */
export const POST = apiRoute({
  handler: ({ user, params }) => withdrawApplication(user, params.applicationId ?? ""),
});
