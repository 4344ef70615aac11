import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { githubUserinfo } from "./github-userinfo";
import Google from "next-auth/providers/google";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { authenticate } from "@/lib/accounts/authenticate";
import { linkOAuthAccount } from "@/lib/accounts/link-oauth-account";
import { cancelDeletionOnSignIn } from "@/lib/accounts/deletion/cancel-deletion";
import { DELETION_CANCELLED_FLASH } from "@/lib/accounts/deletion/constants";
import { setFlash } from "@/lib/request/flash";
import { clientIp } from "@/lib/request/client-ip";
import { logger } from "@/lib/log";

/** Carries the reason to the sign-in form: "invalid" or "rate_limited" (never which of email/password was wrong). */
class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | "rate_limited") {
    super();
    this.code = code;
  }
}

function providers(): NextAuthConfig["providers"] {
  const list: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        try {
          const user = await authenticate(
            { email: credentials?.email, password: credentials?.password },
            { ip: clientIp(request.headers) },
          );
          return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
        } catch (error) {
          if (error instanceof AppError && error.code === "RATE_LIMITED") throw new SignInRefused("rate_limited");
          if (error instanceof AppError && error.code === "INVALID_INPUT") throw new SignInRefused("invalid");
          // Auth.js wraps it in a CallbackRouteError that hides the cause: log the real one.
          logger.error({ err: error }, "sign-in failed");
          throw error;
        }
      },
    }),
  ];
  const { github, google } = env();
  // Our own userinfo request reads GitHub's `verified` flag for the address (see github-userinfo.ts).
  if (github)
    list.push(
      GitHub({
        ...github,
        userinfo: {
          url: "https://api.github.com/user",
          request: ({ tokens }: { tokens: { access_token?: string } }) => githubUserinfo(tokens.access_token ?? ""),
        },
      }),
    );
  if (google) list.push(Google(google));
  return list;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: providers(),
  logger: {
    error: (error) => {
      // A refused sign-in is an expected answer, not a fault: lib/accounts/authenticate.ts has logged it (at warn,
      // with the address and account); here one debug line, no stack.
      if (error instanceof CredentialsSignin) logger.debug({ code: error.code }, "sign-in refused");
      else logger.warn({ err: error }, "auth error");
    },
    warn: (code) => logger.warn({ code }, "auth warning"),
  },
  callbacks: {
    async jwt({ token, user, account, profile }) {
      // On sign-in only: record whose session this is and the session version it was issued at.
      if (account && user) {
        if (account.provider === "credentials") {
          token.uid = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        } else {
          const linked = await linkOAuthAccount({
            provider: account.provider,
            providerAccountId: account.providerAccountId,
            email: user.email ?? null,
            // Google sends it; for GitHub, githubUserinfo sets it from /user/emails. Absent means not verified.
            emailVerified: (profile as { email_verified?: boolean } | undefined)?.email_verified === true,
            name: user.name ?? null,
          });
          token.uid = linked.id;
          token.sv = linked.sessionVersion;
        }
        // Every sign-in, by password or provider, passes here: one signing in during the grace period keeps the account.
        if (await cancelDeletionOnSignIn(token.uid as string))
          await setFlash(DELETION_CANCELLED_FLASH).catch(() => undefined);
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv } as typeof session;
    },
  },
}));
