import { apiRoute } from "@/lib/http/route";
import { findPrograms } from "@/lib/programs/find-programs";
import { createProgram } from "@/lib/programs/create-program";
import { ZProgramCreateInput } from "@/lib/programs/schemas";

/** The group's programs as you may see them (drafts for its admins only). */
export const GET = apiRoute({
  auth: false,
  handler: ({ user, params }) => findPrograms(user, params.slug ?? ""),
});

/** Create a draft program from a template (owners and admins, mentorship on). */
export const POST = apiRoute({
  body: ZProgramCreateInput,
  status: 201,
  handler: ({ user, params, body }) => createProgram(user, params.slug ?? "", body),
});
