import "server-only";
import { cookies, headers } from "next/headers";
import { FLASH_COOKIE } from "./flash-cookie.mjs";

/** A one-time message for the next page (shown as a toast), for actions that end in a redirect. */
export { FLASH_COOKIE };

export async function setFlash(message: string, options: { keepEarlier?: boolean } = {}): Promise<void> {
  const jar = await cookies();
  // A message set earlier in this same request (a sign-in that cancelled a pending deletion) is the one to show;
  // one the browser sent with the request is old news and gets replaced.
  if (options.keepEarlier) {
    const now = jar.get(FLASH_COOKIE)?.value;
    const sent = (await headers()).get("cookie")?.match(/(?:^|;\s*)kinship-flash=([^;]*)/)?.[1];
    if (now && now !== sent) return;
  }
  // Readable by the page's script, which shows it once and clears it. It never holds anything private.
  jar.set(FLASH_COOKIE, encodeURIComponent(message.slice(0, 200)), {
    path: "/",
    maxAge: 60,
    sameSite: "lax",
    httpOnly: false,
  });
}

export async function readFlash(): Promise<string | null> {
  const value = (await cookies()).get(FLASH_COOKIE)?.value;
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
