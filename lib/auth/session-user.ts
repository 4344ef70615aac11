import "server-only";
import { db, type Tx } from "@/lib/db";

/** The signed-in user as every layer sees it: small, no secrets. */
export type SessionUser = {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  /** The language the member chose (null: not chosen); optional for actors built by hand. */
  locale?: string | null;
  /**
   * The member proved the address is theirs. Always set by resolveSessionUser, for the UI (the banner, gated
   * buttons); optional because jobs and tests build actors by hand, and no service trusts it: `requireVerified`
   * reads the account in the service's transaction.
   */
  emailVerified?: boolean;
  /** The profile photo's version (null: none); optional so a caller that builds a user by hand need not know. */
  photoVersion?: string | null;
};

/** What a session token claims: whose it is, and the session version it was issued at. */
export type SessionClaims = { uid?: unknown; sv?: unknown };

/**
 * The user a token belongs to, if the token still counts: its session version must equal the user's, so
 * "sign out everywhere" and bans (which bump the version) revoke tokens that have not expired yet. `client`: the
 * realtime streams read it on their own pool.
 */
export async function resolveSessionUser(
  claims: SessionClaims | null | undefined,
  client: Pick<Tx, "user"> = db,
): Promise<SessionUser | null> {
  if (!claims || typeof claims.uid !== "string" || typeof claims.sv !== "number") return null;
  const user = await client.user.findUnique({
    where: { id: claims.uid },
    select: {
      id: true,
      name: true,
      email: true,
      timeZone: true,
      locale: true,
      sessionVersion: true,
      emailVerifiedAt: true,
      photoVersion: true,
    },
  });
  if (!user || user.sessionVersion !== claims.sv) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    timeZone: user.timeZone,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    photoVersion: user.photoVersion,
  };
}
