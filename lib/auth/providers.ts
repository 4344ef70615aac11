import "server-only";
import { env } from "@/lib/env";

export type OAuthProvider = { id: "github" | "google"; name: string };

/** OAuth providers switch on when their environment variables are set. */
export function enabledOAuthProviders(): OAuthProvider[] {
  const list: OAuthProvider[] = [];
  if (env().github) list.push({ id: "github", name: "GitHub" });
  if (env().google) list.push({ id: "google", name: "Google" });
  return list;
}
