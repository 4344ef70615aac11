import { apiRoute } from "@/lib/http/route";
import { findPrograms } from "@/lib/programs/find-programs";
import { createProgram } from "@/lib/programs/create-program";
import { requestLocale } from "@/lib/i18n/request-locale";

/** The group's programs as you may see them (drafts for its admins only). */
export const GET = apiRoute({
  auth: false,
  handler: ({ user, params }) => findPrograms(user, params.slug ?? ""),
});

/** Create a draft program from a template (owners and admins, mentorship on). */
export const POST = apiRoute({
  status: 201,
  // The template's steps and questions in the caller's language (their setting, else Accept-Language).
  handler: async ({ user, params, body }) =>
    createProgram(user, params.slug ?? "", body, { locale: await requestLocale() }),
});
