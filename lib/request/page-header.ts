/**
 * Set by proxy.ts on every request: "1" for a page (a navigation or a router fetch of one), "0" otherwise (an
 * action, an API route). A page's session check reads its header's counts in the same statement
 * (lib/auth/session.ts); the proxy overwrites whatever a client sent.
 */
export const PAGE_REQUEST_HEADER = "x-kinship-page";
