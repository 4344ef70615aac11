import { apiRoute } from "@/lib/http/route";
import { getProgram } from "@/lib/programs/get-program";
import { updateProgram } from "@/lib/programs/update-program";

/** A program with its steps, your applications, and (if you may apply or manage) its questions. */
export const GET = apiRoute({
  auth: false,
  handler: ({ user, params }) => getProgram(user, params.programId ?? ""),
});

/** Edit a program's details; only the fields sent change. */
export const PATCH = apiRoute({
  handler: ({ user, params, body }) => updateProgram(user, params.programId ?? "", body),
});
