import "server-only";
import { db } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import { queueVerificationEmail } from "./verification";
import { dropUnprovenIdentities } from "./mailbox-proof";

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
  const email = identity.email?.toLowerCase() ?? null;
  const existing = await db.account.findUnique({
    where: {
      provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId },
    },
    select: { user: { select: { id: true, sessionVersion: true, email: true, emailVerifiedAt: true } } },
  });
  if (existing) {
    const { user } = existing;
    // The provider has since verified the address this account uses: that proves it as well as our link would.
    // Other identities linked while it was unconfirmed proved nothing: they go (and their sessions end).
    if (!user.emailVerifiedAt && identity.emailVerified && email === user.email)
      return db.$transaction(async (tx) => {
        await dropUnprovenIdentities(tx, user.id, identity);
        return tx.user.update({
          where: { id: user.id },
          data: { emailVerifiedAt: new Date() },
          select: { id: true, sessionVersion: true },
        });
      });
    return { id: user.id, sessionVersion: user.sessionVersion };
  }
  if (!email) throw new AppError("INVALID_INPUT", msg("errors.accounts.providerNoEmail"));
  return db.$transaction(async (tx) => {
    const found = await tx.user.findUnique({
      where: { email },
      select: { id: true, sessionVersion: true, emailVerifiedAt: true },
    });
    if (found && !identity.emailVerified) {
      throw new AppError("CONFLICT", msg("errors.accounts.signInWithPasswordFirst"));
    }
    let user: { id: string; sessionVersion: number };
    if (found && !found.emailVerifiedAt) {
      // Nobody had proved this address, so whoever chose the account's password may not be its owner (someone can
      // sign up with another person's address): the provider's verified address wins, that password stops working
      // and any session ends. The owner can choose a password again with "Forgot password?". Provider identities
      // linked to it so far (only ones that did not verify the address can be) are unlinked for the same reason.
      await dropUnprovenIdentities(tx, found.id);
      user = await tx.user.update({
        where: { id: found.id },
        data: { emailVerifiedAt: new Date(), passwordHash: null, sessionVersion: { increment: 1 } },
        select: { id: true, sessionVersion: true },
      });
    } else if (found) {
      user = found;
    } else {
      const created = await tx.user.create({
        data: {
          email,
          name: identity.name?.slice(0, 80) || email.split("@")[0]!,
          // A provider's verified address counts as confirmed; otherwise the member confirms it by our link.
          emailVerifiedAt: identity.emailVerified ? new Date() : null,
        },
        select: { id: true, sessionVersion: true, name: true, email: true },
      });
      if (!identity.emailVerified) await queueVerificationEmail(tx, created);
      user = created;
    }
    await tx.account.create({
      data: { userId: user.id, provider: identity.provider, providerAccountId: identity.providerAccountId },
    });
    return user;
  });
}
