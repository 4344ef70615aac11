import "server-only";
import { revalidateTag } from "next/cache";
import { after } from "next/server";
import { DIRECTORY_TAG, groupTag } from "./anonymous-page";
import { frontCacheInvalidate } from "./front-cache.mjs";
import { logger } from "@/lib/log";

export type PublicChange = {
  /** The group whose anonymous pages (discussion, about) changed. */
  groupSlug?: string;
  /** The directory's cards changed too: name, description, privacy, member count, a new or archived group. */
  directory?: boolean;
  /**
   * Something shown may have to disappear (a removal, a deletion, an edit, a group made private or archived):
   * the next visitor waits for a fresh render instead of being served the old page once more. In a server action
   * this also makes the action's response carry the current page re-rendered (Next "pulls its own writes"), so
   * ordinary additions leave it off.
   */
  urgent?: boolean;
};

/**
 * Tells the anonymous-page cache (decision 025) that what signed-out visitors see has changed, from the services
 * that change it, at the end of their work: Next's data cache by tag, and the front cache of scripts/serve.mjs
 * (this process's; its entries go at once, whatever the profile). Outside a request (the worker, a script) there is
 * no cache to tell: the pages' ten seconds of freshness run out on their own. Never throws: a write must not fail
 * over its cache.
 */
export function publicContentChanged(change: PublicChange): void {
  const tags = [
    ...(change.groupSlug ? [groupTag(change.groupSlug)] : []),
    ...(change.directory ? [DIRECTORY_TAG] : []),
  ];
  // The front cache twice: now, so no visitor is answered from before the write, and once the request is over (the
  // services call this inside their transaction: a render begun before the commit read the old rows, and is refused
  // then; Next applies revalidateTag at the end of the action, after the commit). Outside a request, `after` throws.
  try {
    frontCacheInvalidate(tags);
    after(() => frontCacheInvalidate(tags));
  } catch (error) {
    if (!(error instanceof Error && /outside a request|requestAsyncStorage|work ?store/i.test(error.message)))
      logger.warn({ err: error, tags }, "front cache not invalidated");
  }
  // expire 1: past one second nobody gets the old page; within it one visitor may, while it re-renders.
  const profile = { expire: change.urgent ? 0 : 1 };
  for (const tag of tags) {
    try {
      revalidateTag(tag, profile);
    } catch (error) {
      // "static generation store missing": called outside a request. Anything else is worth a line.
      if (!(error instanceof Error && error.message.includes("store missing")))
        logger.warn({ err: error, tag }, "anonymous page cache not revalidated");
    }
  }
}
