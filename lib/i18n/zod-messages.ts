import { z } from "zod";
import type { ErrorMessageKey, MessageRef, MessageValue } from "./message-ref";
import { isMessageKey } from "./message-ref";

/**
 * Zod messages as catalogue keys (decision 024). A schema writes `vk("validation.groups.name.tooLong")` where it
 * used to write English; the ICU message takes its numbers from the issue (`{max}`, `{min}`) or from the issue's
 * `params`. An issue without a message of its own gets a generic key by its code (below), installed as zod's global
 * error map when this module loads: every schema with a message imports `vk` from here, so it is in place before
 * any of them parses. lib/errors.ts turns issues into refs; the edge renders them in the reader's language.
 */
export const vk = (key: ErrorMessageKey): string => key;

type Issue = z.core.$ZodRawIssue;

function genericKey(issue: Issue): ErrorMessageKey {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "validation.generic.required";
      return issue.expected === "int" ? "validation.generic.notInteger" : "validation.generic.invalidType";
    case "too_big":
      if (issue.origin === "string") return "validation.generic.tooLong";
      if (issue.origin === "array" || issue.origin === "set") return "validation.generic.tooMany";
      return "validation.generic.tooBig";
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1 ? "validation.generic.required" : "validation.generic.tooShort";
      if (issue.origin === "array" || issue.origin === "set") return "validation.generic.tooFew";
      return "validation.generic.tooSmall";
    case "invalid_value":
      return "validation.generic.invalidChoice";
    case "invalid_format":
      if (issue.format === "email") return "validation.generic.invalidEmail";
      if (issue.format === "url") return "validation.generic.invalidUrl";
      return "validation.generic.invalidFormat";
    case "not_multiple_of":
      return issue.divisor === 1 ? "validation.generic.notInteger" : "validation.generic.invalidFormat";
    case "unrecognized_keys":
      return "validation.generic.unknownFields";
    default:
      return "validation.generic.invalid";
  }
}

z.config({ customError: (issue) => genericKey(issue) });

/** The ICU values an issue offers its message: its bounds, and whatever the schema passed as `params`. */
function issueValues(issue: z.core.$ZodIssue): Record<string, MessageValue> {
  const values: Record<string, MessageValue> = {};
  if ("maximum" in issue && issue.maximum !== undefined) values.max = Number(issue.maximum);
  if ("minimum" in issue && issue.minimum !== undefined) values.min = Number(issue.minimum);
  if (issue.code === "unrecognized_keys") values.keys = issue.keys.join(", ");
  if (issue.code === "custom" && issue.params) Object.assign(values, issue.params);
  return values;
}

/** An issue as a message: its key and values, or its text when a schema outside the catalogue wrote English. */
export function issueMessage(issue: z.core.$ZodIssue): MessageRef | string {
  if (!isMessageKey(issue.message)) return issue.message;
  const values = issueValues(issue);
  return Object.keys(values).length ? { key: issue.message, values } : { key: issue.message };
}
