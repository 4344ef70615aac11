/** The grace period between asking to delete an account and its erasure; signing in during it cancels. */
export const DELETION_GRACE_MS = 7 * 24 * 60 * 60 * 1000;

/** What an erased member is called wherever their words stay (posts, comments, messages, check-ins). */
export const FORMER_MEMBER = "Former member";

/** Shown once after a sign-in that cancelled a pending deletion. */
export const DELETION_CANCELLED_FLASH = "Your account's deletion was cancelled. Welcome back.";

/** The address an erased account keeps: unique, and never deliverable (.invalid is reserved, RFC 2606). */
export function erasedEmail(userId: string): string {
  return `erased-${userId}@invalid`;
}

export function deletionDueAt(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + DELETION_GRACE_MS);
}
