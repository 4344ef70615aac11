/**
 * A page the proxy answers by itself, before Next.js renders anything: for a request the app cannot route (400) or
 * while the database is out of reach (503). The app's error boundaries cannot set a status, and the root layout
 * reads the session from the database, so these pages need nothing but this string: no scripts, inline styles
 * (the CSP allows them), both colour schemes, readable on a phone.
 */
import { formatMessage } from "@/lib/i18n/format-message";
import { DEFAULT_LOCALE, directionOf, type Locale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message-ref";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export type StatusPage = {
  status: number;
  /** The reader's language (the proxy's guess: the switcher's cookie or Accept-Language, decision 024). */
  locale: Locale;
  title: string;
  message: string;
  action: { label: string; href: string };
};

/** For a person, not a parser: what went wrong is "the link", whichever character broke it. */
export const badRequestPage = (locale: Locale = DEFAULT_LOCALE): StatusPage => ({
  status: 400,
  locale,
  title: formatMessage(msg("errors.statusPage.badRequest.title"), locale),
  message: formatMessage(msg("errors.statusPage.badRequest.message"), locale),
  action: { label: formatMessage(msg("errors.statusPage.badRequest.action"), locale), href: "/" },
});

export const unavailablePage = (href: string, locale: Locale = DEFAULT_LOCALE): StatusPage => ({
  status: 503,
  locale,
  title: formatMessage(msg("errors.statusPage.unavailable.title"), locale),
  message: formatMessage(msg("errors.statusPage.unavailable.message"), locale),
  action: { label: formatMessage(msg("errors.statusPage.unavailable.action"), locale), href },
});

export const BAD_REQUEST_PAGE = badRequestPage();
export const UNAVAILABLE_PAGE = (href: string) => unavailablePage(href);

export function statusPageHtml(page: StatusPage): string {
  return `<!doctype html>
<html lang="${escape(page.locale)}" dir="${directionOf(page.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(page.title)} · Kinship</title>
<style>
:root { color-scheme: light dark; --bg: #ffffff; --fg: #0f172a; --muted: #475569; --accent: #0f766e; --on-accent: #ffffff; }
@media (prefers-color-scheme: dark) { :root { --bg: #0b1120; --fg: #f1f5f9; --muted: #cbd5e1; --accent: #5eead4; --on-accent: #042f2e; } }
body { margin: 0; min-height: 100dvh; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, sans-serif; }
main { max-width: 28rem; margin: 0 auto; padding: 4rem 1rem; text-align: center; }
.code { color: var(--accent); font-size: .875rem; font-weight: 600; margin: 0; }
h1 { font-size: 1.875rem; line-height: 1.2; letter-spacing: -.01em; margin: .5rem 0 1rem; }
p { color: var(--muted); margin: 0 0 1.5rem; }
a { display: inline-block; background: var(--accent); color: var(--on-accent); padding: .625rem 1rem; border-radius: .5rem; font-weight: 500; text-decoration: none; }
a:focus-visible { outline: 2px solid var(--fg); outline-offset: 2px; }
</style>
</head>
<body>
<main>
<p class="code">${page.status}</p>
<h1>${escape(page.title)}</h1>
<p>${escape(page.message)}</p>
<a href="${escape(page.action.href)}">${escape(page.action.label)}</a>
</main>
</body>
</html>
`;
}
