/**
 * The flash message's cookie name, apart from lib/request/flash.ts so the proxy can read it without next/headers,
 * and plain JavaScript so scripts/serve.mjs's front cache (decision 025) refuses the same cookie the proxy does.
 */
export const FLASH_COOKIE = "kinship-flash";
