import { apiRoute } from "@/lib/http/route";
import { findPrograms } from "@/lib/programs/find-programs";
import { createProgram } from "@/lib/programs/create-program";

/** The group's programs as you may see them (drafts for its admins only). */
export const GET = apiRoute({
  auth: false,
  handler: ({ user, params }) => findPrograms(user, params.slug ?? ""),
});

/** Create a draft program from a template (owners and admins, mentorship on). */
export const POST = apiRoute({
  status: 201,
  handler: ({ user, params, body }) => createProgram(user, params.slug ?? "", body),
});
