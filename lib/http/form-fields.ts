/**
 * Form fields are text. These turn the obvious transport shapes into what a service's schema expects, and hand
 * anything else on unchanged for the service to refuse with its own message (decision 022).
 */

/** A switch's "true"/"false" as a boolean. */
export function booleanField(value: string | undefined): unknown {
  return value === "true" ? true : value === "false" ? false : value;
}

/** A checkbox: ticked sends "on", unticked sends nothing. */
export function checkboxField(value: string | undefined): unknown {
  return value === undefined ? false : value === "on" ? true : value;
}
