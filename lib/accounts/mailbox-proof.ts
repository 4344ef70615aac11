import "server-only";
import type { Tx } from "@/lib/db";

/**
 * What happens when someone proves they read an address (decision 018). Two rules, shared by every path that
 * can prove a mailbox (verification link, reset link, a provider's verified address, confirming or undoing a
 * change of address), so no path forgets one.
 */

/**
 * Frees `email` from an account that can never have been used: unverified (nobody proved the address) and with no
 * provider sign-in. Anyone can create such an account with one sign-up, so it must not block the address's owner
 * from moving their account back to it (undo) or to it (change). The account keeps its row under an undeliverable
 * address, its sessions end and its links die. Returns false when a real account holds the address.
 */
export async function releaseUnprovenHolder(tx: Tx, email: string, exceptUserId: string): Promise<boolean> {
  const holder = await tx.user.findUnique({
    where: { email },
    select: { id: true, emailVerifiedAt: true, _count: { select: { accounts: true } } },
  });
  if (!holder || holder.id === exceptUserId) return true;
  if (holder.emailVerifiedAt || holder._count.accounts > 0) return false;
  const now = new Date();
  await tx.user.update({
    where: { id: holder.id },
    data: { email: `released-${holder.id}@invalid`, sessionVersion: { increment: 1 } },
  });
  await tx.accountToken.updateMany({
    where: { userId: holder.id, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  return true;
}

/**
 * An unconfirmed account becomes confirmed by proof of its mailbox: provider identities linked while it was
 * unconfirmed proved nothing (a provider that did not verify the address let anyone claim it), so they are
 * unlinked, except `keep` (the verified identity doing the proving), and, if any was, every session ends.
 * Call it only for an account whose `emailVerifiedAt` is still null, before setting it.
 * Returns whether the session version moved.
 */
export async function dropUnprovenIdentities(
  tx: Tx,
  userId: string,
  keep?: { provider: string; providerAccountId: string },
): Promise<boolean> {
  const { count } = await tx.account.deleteMany({
    where: {
      userId,
      ...(keep ? { NOT: { provider: keep.provider, providerAccountId: keep.providerAccountId } } : {}),
    },
  });
  if (count === 0) return false;
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  return true;
}
