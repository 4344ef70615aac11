export function isPrivateOrLoopback(address: string | null | undefined): boolean;
export const PROXY_HINT: string;
export function proxyHint(request: {
  socketAddress: string | null | undefined;
  forwardedFor: string | null | undefined;
  trustedProxies: number;
}): string | null;
