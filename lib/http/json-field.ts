import { z } from "zod";

/**
 * Forms with lists (rules, questions) send their data as JSON in one hidden field named "json"; this parses it
 * and hands it to the real schema, so field errors keep their paths ("rules.0.title").
 */
export function jsonField<S extends z.ZodType>(schema: S) {
  return z
    .object({ json: z.string().max(100_000, "That is too much text.") })
    .transform((v, ctx) => {
      try {
        return JSON.parse(v.json) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "The form could not be read. Please try again." });
        return z.NEVER;
      }
    })
    .pipe(schema);
}
