// Types of security-headers.mjs (plain JavaScript shared by proxy.ts and scripts/serve.mjs's front cache).
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
export declare function strictTransportSecurity(
  protocol: string,
  forwardedProto: string | string[] | null | undefined,
): string | null;
export declare function requestId(incoming: string | string[] | null | undefined): string;
