// Types of anonymous-request.mjs (plain JavaScript shared by proxy.ts and scripts/serve.mjs, decision 025).
import type { Locale } from "../i18n/locale-choice.mjs";

export declare const ANONYMOUS_PAGE_SECONDS: 10;
export declare const ANONYMOUS_PAGE_PREFIX: "/anonymous-page";
export declare const RENDER_MARKER_HEADER: "x-kinship-anonymous-render";
export declare const CACHE_STATUS_HEADER: "x-kinship-cache";
export declare const ALL_ANONYMOUS_PAGES_TAG: "anonymous-pages";
export declare const HOME_TAG: "home";
export declare const DIRECTORY_TAG: "directory";
export declare function groupTag(slug: string): string;

export type CacheablePage = {
  /** The public address the cache renders: path and the allow-listed query, normalised. */
  url: string;
  tags: string[];
};

/** What the functions read of a request's headers: a Web Headers, or node's headers behind a `get`. */
export type HeaderSource = { get(name: string): string | string[] | null | undefined };

export declare function cacheablePage(pathname: string, searchParams: URLSearchParams): CacheablePage | null;
export declare function hasSessionCookie(cookieNames: Iterable<string>): boolean;
export declare function parseCookies(header: string | null | undefined): Map<string, string>;
export declare function isDocumentRequest(method: string, headers: HeaderSource): boolean;
export declare function anonymousPageKey(locale: Locale, url: string): string;
export declare function anonymousPageRequest(
  method: string,
  pathname: string,
  searchParams: URLSearchParams,
  headers: { get(name: string): string | null | undefined },
  dev: boolean,
): { page: CacheablePage; locale: Locale; key: string } | null;
