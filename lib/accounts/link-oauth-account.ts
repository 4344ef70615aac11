import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

type OAuthIdentity = {
  provider: string;
  providerAccountId: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
};

/**
 * Finds the user of an OAuth identity, linking it to the account with the same verified email, or creating one.
 * An unverified email never links to an existing account (that would let anyone take it over).
 */
export async function linkOAuthAccount(identity: OAuthIdentity): Promise<{ id: string; sessionVersion: number }> {
  const existing = await db.account.findUnique({
    where: {
      provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId },
    },
    select: { user: { select: { id: true, sessionVersion: true } } },
  });
  if (existing) return existing.user;
  if (!identity.email) throw new AppError("INVALID_INPUT", "Your account with that provider has no email address.");
  const email = identity.email.toLowerCase();
  return db.$transaction(async (tx) => {
    let user = await tx.user.findUnique({ where: { email }, select: { id: true, sessionVersion: true } });
    if (user && !identity.emailVerified) {
      throw new AppError("CONFLICT", "An account with this email exists. Sign in with your password first.");
    }
    user ??= await tx.user.create({
      data: { email, name: identity.name?.slice(0, 80) || email.split("@")[0]! },
      select: { id: true, sessionVersion: true },
    });
    await tx.account.create({
      data: { userId: user.id, provider: identity.provider, providerAccountId: identity.providerAccountId },
    });
    return user;
  });
}
