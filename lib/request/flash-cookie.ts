/** The flash message's cookie name, apart from lib/request/flash.ts so the proxy can read it without next/headers. */
export const FLASH_COOKIE = "kinship-flash";
