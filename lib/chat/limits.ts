/**
 * The chat's limits, without the schemas' imports: the browser's composer and message list read these, and
 * lib/chat/schemas.ts pulls zod and lib/errors (with every language's catalogue) into whatever imports it.
 */
export const MESSAGE_MAX = 4000;
/** Authors may edit or delete their own message for this long. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000;
