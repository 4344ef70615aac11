import { apiRoute } from "@/lib/http/route";
import { confirmCohort } from "@/lib/matching/confirm-cohort";
import { draftCohort } from "@/lib/matching/draft-cohort";

/** A draft assignment of every waiting mentee; nothing is written (owners and admins). */
export const GET = apiRoute({ handler: ({ user, params }) => draftCohort(user, params.programId ?? "") });

/** Confirm the pairs kept from a draft: all of them are made, or none (owners and admins). */
export const POST = apiRoute({
  status: 201,
  handler: ({ user, params, body }) => confirmCohort(user, params.programId ?? "", body),
});
