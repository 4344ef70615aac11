import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";

export type AccountSettingsDto = {
  email: string;
  hasPassword: boolean;
  /** An address waiting for its confirmation link to be used, if any. */
  pendingEmail: string | null;
};

/** What the account page shows: the address, whether a password is set, a change of address in flight. */
export async function getAccountSettings(actor: SessionUser): Promise<AccountSettingsDto> {
  const [user, pending] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, passwordHash: true } }),
    db.accountToken.findFirst({
      where: { userId: actor.id, purpose: "CHANGE_EMAIL", usedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { email: true },
    }),
  ]);
  return {
    email: user.email,
    hasPassword: user.passwordHash !== null,
    pendingEmail: pending?.email ?? null,
  };
}
