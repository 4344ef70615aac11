import type { ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

// http(s) only: javascript:, data: and every other scheme stay plain text.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that ends a sentence rather than the link ("see https://example.com.").
const TRAILING = /[.,;:!?'")\]}*_~]+$/;

function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Splits text into plain strings and links; the strings are rendered as text nodes, so React escapes them. */
export function linkify(text: string): Array<string | { href: string; label: string }> {
  const parts: Array<string | { href: string; label: string }> = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    let label = match[0];
    // Keep a closing parenthesis that belongs to the URL (Wikipedia-style), drop sentence punctuation.
    const trailing = label.match(TRAILING)?.[0] ?? "";
    label = label.slice(0, label.length - trailing.length);
    const opens = (label.match(/\(/g) ?? []).length;
    const closes = (label.match(/\)/g) ?? []).length;
    if (trailing.startsWith(")") && opens > closes) label += ")";
    const href = safeHref(label);
    if (!href || label.length <= "https://".length) continue;
    if (start > last) parts.push(text.slice(last, start));
    parts.push({ href, label });
    last = start + label.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/**
 * Plain text with its web links made clickable, newlines kept. Never sets HTML: everything that is not an http(s)
 * link is a text node, so stored markup renders as the characters it is.
 */
export function LinkifiedText({ text, className }: { text: string; className?: string }): ReactNode {
  return (
    <span className={cn("whitespace-pre-line [overflow-wrap:anywhere]", className)}>
      {linkify(text).map((part, i) =>
        typeof part === "string" ? (
          part
        ) : (
          <a
            key={i}
            href={part.href}
            target="_blank"
            rel="noopener noreferrer nofollow ugc"
            className="text-primary underline underline-offset-2 hover:decoration-2"
          >
            {part.label}
          </a>
        ),
      )}
    </span>
  );
}
