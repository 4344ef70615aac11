// Types of front-cache.mjs (the pages scripts/serve.mjs answers before Next.js, decision 025).
export declare const FRONT_CACHE_ENTRIES: number;
export declare const FRONT_CACHE_BYTES: number;
export declare const FRONT_CACHE_REFRESH_AFTER_MS: number;

export type FrontEntry = {
  key: string;
  /** When the page's render began (ms): it is fresh for ANONYMOUS_PAGE_SECONDS from then. */
  renderedAt: number;
  tags: readonly string[];
  etag: string;
  /** Lower-cased names, as Next.js sent them with the page (frontCacheConfirm); null until then. */
  headers: Record<string, string> | null;
  body: Buffer;
  gzipped: Buffer | null;
  bytes: number;
  /** One request was sent on to render the page anew (FRONT_CACHE_REFRESH_AFTER_MS). */
  refreshing: boolean;
};

export declare function pageEtag(body: string | Buffer): string;
export declare function frontCachePut(
  key: string,
  page: { renderedAt: number; tags: readonly string[]; etag: string; body: string },
  now?: number,
): boolean;
export declare function frontCacheConfirm(
  key: string,
  sent: Record<string, number | string | string[] | undefined>,
): boolean;
export declare function frontCacheGet(key: string, now?: number): FrontEntry | null;
export declare function frontCacheClaimRefresh(entry: FrontEntry, now?: number): boolean;
export declare function frontCacheRefreshWanted(key: string, renderedAt: number): boolean;
export declare function frontCacheDelete(key: string): void;
export declare function frontCacheInvalidate(tags: readonly string[], now?: number): void;
export declare function frontCacheInvalidatedSince(tags: readonly string[], since: number): boolean;
export declare function frontCacheSize(): { entries: number; bytes: number };
export declare function frontCacheClear(): void;
