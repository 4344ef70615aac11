import "server-only";

type GitHubEmail = { email: string; primary?: boolean; verified?: boolean };
export type GitHubProfile = Record<string, unknown> & { email?: string | null; email_verified?: boolean };

const API = "https://api.github.com";

/**
 * GitHub's profile, with `email_verified` read from `/user/emails` (Auth.js's own request picks the primary address
 * without its `verified` flag, and we treated every GitHub address as verified). The address used is the public
 * one if set, else the primary; it counts as verified only if GitHub says so. If the list cannot be read, the
 * address is not trusted: an unverified identity never links to an existing account, and a new one gets our link.
 */
export async function githubUserinfo(accessToken: string, fetchImpl: typeof fetch = fetch): Promise<GitHubProfile> {
  const headers = { Authorization: `Bearer ${accessToken}`, "User-Agent": "kinship" };
  const profile = (await (await fetchImpl(`${API}/user`, { headers })).json()) as GitHubProfile;
  const res = await fetchImpl(`${API}/user/emails`, { headers });
  const emails: GitHubEmail[] = res.ok ? ((await res.json()) as GitHubEmail[]) : [];
  const wanted = profile.email?.toLowerCase();
  const chosen = wanted
    ? emails.find((e) => e.email.toLowerCase() === wanted)
    : (emails.find((e) => e.primary) ?? emails[0]);
  return {
    ...profile,
    email: profile.email ?? chosen?.email ?? null,
    email_verified: chosen?.verified === true,
  };
}
