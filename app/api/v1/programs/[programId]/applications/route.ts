import { apiRoute } from "@/lib/http/route";
import { findApplications } from "@/lib/programs/applications/find-applications";
import { applyToProgram } from "@/lib/programs/applications/save-application";

/** The review queue (owners and admins): filters, counts by role and state, and a cursor. */
export const GET = apiRoute({
  handler: ({ user, params, query }) => findApplications(user, params.programId ?? "", query),
});

/** Apply as mentor or mentee, or save a draft (`submit: false`); applying again edits your application. */
export const POST = apiRoute({
  status: 201,
  handler: ({ user, params, body }) => applyToProgram(user, params.programId ?? "", body),
});
