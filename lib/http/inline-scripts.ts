/**
 * A rendered page made cacheable under a hash-based CSP (decision 025): its per-response nonces removed and the
 * sha256 of every inline script computed exactly as the browser hashes it. Pure (node:crypto only).
 */
import { createHash } from "node:crypto";

/** `nonce="…"` attributes of tags. Inside a script's JSON the quotes are escaped (`nonce=\"…\"`): left alone. */
const NONCE_ATTRIBUTE = /\snonce="[^"]*"/g;

/** A <script> element: its attributes and its raw text, which ends at the first `</script` (the HTML parser's rule). */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script/gi;

export function stripNonces(html: string): string {
  return html.replace(NONCE_ATTRIBUTE, "");
}

/**
 * Base64 sha256 of each inline script's text (scripts with `src` are covered by 'self'), in order, without
 * duplicates. The browser hashes the text after the parser's newline normalisation (CRLF and lone CR become LF)
 * as UTF-8, without decoding character references (script text is raw).
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", text = ""] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const normalized = text.replace(/\r\n?/g, "\n");
    hashes.add(createHash("sha256").update(normalized, "utf8").digest("base64"));
  }
  return [...hashes];
}
