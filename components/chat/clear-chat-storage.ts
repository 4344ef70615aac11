import { DRAFT_PREFIX } from "./use-draft";
import { forgetOutboxes, OUTBOX_PREFIX } from "./outbox";

/**
 * Removes every chat draft and unsent message this browser keeps (for whoever was signed in), so the words
 * someone was writing do not stay behind on a shared computer after they sign out.
 */
export function clearChatStorage() {
  forgetOutboxes();
  try {
    const storage = window.localStorage;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
    for (const key of keys)
      if (key?.startsWith(DRAFT_PREFIX) || key?.startsWith(OUTBOX_PREFIX)) storage.removeItem(key);
  } catch {
    // Storage switched off: there is nothing in it to clear.
  }
}
