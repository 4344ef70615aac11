import { AppError } from "@/lib/errors";
import type { TokenCheck } from "./tokens";

/** Why a link no longer opens: the token's own verdict, or "stale" when what it was bound to has changed since. */
export type DeadLink = Exclude<TokenCheck["status"], "valid"> | "stale";

/** What a member reads on a dead link's page, and in a form's error after a race. Never says whose link it was. */
export const DEAD_LINK_MESSAGES: Record<DeadLink, string> = {
  expired: "This link has expired.",
  used: "This link has already been used.",
  invalid: "This link isn't valid. Check that you opened the whole link from the email.",
  stale: "This link no longer works: the password on the account was changed after it was sent.",
};

/** The account's address changed after an email-change link was sent: that link no longer applies. */
export const STALE_EMAIL_LINK = "This link no longer works: the account's address changed after it was sent.";

/** A dead link as a form error: the message says why; `fields.token` carries the status for the page. */
export function deadLinkError(status: DeadLink, message = DEAD_LINK_MESSAGES[status]): AppError {
  return new AppError("INVALID_INPUT", message, { fields: { token: [status] } });
}
