import { AppError, msg, type MessageRef } from "@/lib/errors";
import { englishMessage } from "@/lib/i18n/format-message";
import type { TokenCheck } from "./tokens";

/** Why a link no longer opens: the token's own verdict, or "stale" when what it was bound to has changed since. */
export type DeadLink = Exclude<TokenCheck["status"], "valid"> | "stale";

/** What a member reads on a dead link's page, and in a form's error after a race. Never says whose link it was. */
export const DEAD_LINK_REFS: Record<DeadLink, MessageRef> = {
  expired: msg("errors.links.expired"),
  used: msg("errors.links.used"),
  invalid: msg("errors.links.invalid"),
  stale: msg("errors.links.stale"),
};
/** In English, for the pages until they render the refs in the reader's language. */
export const DEAD_LINK_MESSAGES = Object.fromEntries(
  Object.entries(DEAD_LINK_REFS).map(([status, ref]) => [status, englishMessage(ref)]),
) as Record<DeadLink, string>;

/** The account's address changed after an email-change link was sent: that link no longer applies. */
export const STALE_EMAIL_LINK_MESSAGE = msg("errors.links.staleEmail");
export const STALE_EMAIL_LINK = englishMessage(STALE_EMAIL_LINK_MESSAGE);

/**
 * A dead link as a form error: the message says why; `fields.token` carries the status for the page (literal text:
 * a status, the same in every language).
 */
export function deadLinkError(status: DeadLink, message: MessageRef = DEAD_LINK_REFS[status]): AppError {
  return new AppError("INVALID_INPUT", message, { fields: { token: [status] } });
}
