/**
 * The one Content-Security-Policy of every page (decision 025). Pure: used by proxy.ts (a fresh nonce per response)
 * and by the anonymous-page cache (app/anonymous-page/…: the sha256 of each inline script of a cached page, which
 * cannot carry a per-response nonce).
 */
export type ScriptSources = { nonce: string } | { hashes: readonly string[] };

export function contentSecurityPolicy(scripts: ScriptSources, dev: boolean): string {
  // With a nonce, 'strict-dynamic' lets Next's nonced loader bring its chunks. With hashes it must go: under
  // 'strict-dynamic' 'self' is ignored, and the chunks' <script src> tags of a cached page carry no nonce.
  const sources =
    "nonce" in scripts
      ? `'nonce-${scripts.nonce}' 'strict-dynamic'`
      : [...new Set(scripts.hashes)].map((h) => `'sha256-${h}'`).join(" ");
  return [
    "default-src 'self'",
    `script-src 'self'${sources ? ` ${sources}` : ""}${dev ? " 'unsafe-eval'" : ""}`,
    // Radix and sonner set inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    // Nothing uses <base>: with 'none' an injected one cannot re-point the page's relative URLs.
    "base-uri 'none'",
    "form-action 'self' https://github.com https://accounts.google.com",
    "frame-ancestors 'none'",
  ].join("; ");
}
