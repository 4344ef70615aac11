import { env } from "@/lib/env";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

export type RenderedEmail = { subject: string; text: string; html: string };

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

function absolute(url: string): string {
  return new URL(url, env().APP_URL).toString();
}

/**
 * One layout for every email: what happened, what to do next (one button), and how to stop this kind of email.
 * Written in the recipient's language (`locale`): the caller translates the subject, lines and button with the
 * same locale, and the greeting and footer come from the `email.layout` messages. Everything the user or others
 * wrote is escaped; links are absolute to APP_URL. A null name (an address with no account to greet) says "Hi there".
 */
export function renderEmail(input: {
  locale: Locale;
  recipientName: string | null;
  subject: string;
  lines: string[];
  action: { label: string; url: string };
  unsubscribeUrl: string | null;
}): RenderedEmail {
  const t = translatorFor(input.locale);
  const action = absolute(input.action.url);
  const unsubscribe = input.unsubscribeUrl ? absolute(input.unsubscribeUrl) : null;
  const greeting =
    input.recipientName === null
      ? t("email.layout.greetingAnonymous")
      : t("email.layout.greeting", { name: input.recipientName });
  const text = [
    greeting,
    "",
    ...input.lines,
    "",
    t("email.layout.actionLine", { label: input.action.label, url: action }),
    "",
    unsubscribe ? t("email.layout.unsubscribeText", { url: unsubscribe }) : t("email.layout.securityNotice"),
    t("email.layout.signature"),
  ].join("\n");
  // The greeting is built with the name as an argument, so escape the finished sentence (the name is user content).
  const footer = unsubscribe
    ? t.markup("email.layout.unsubscribeHtml", {
        link: (chunks) => `<a href="${escapeHtml(unsubscribe)}" style="color:#57536e">${chunks}</a>`,
      })
    : escapeHtml(t("email.layout.securityNotice"));
  const dir = directionOf(input.locale);
  const html = `<!doctype html><html lang="${input.locale}" dir="${dir}"><body style="font-family:system-ui,-apple-system,Segoe UI,sans-serif;color:#1c1a2e;background:#f3f2f8;padding:24px">
<div dir="${dir}" style="max-width:560px;margin:0 auto;background:#fff;border-radius:12px;padding:24px">
<p style="font-weight:600;color:#5a3fd6;margin:0 0 16px">Kinship</p>
<p>${escapeHtml(greeting)}</p>
${input.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("\n")}
<p style="margin:24px 0"><a href="${escapeHtml(action)}" style="background:#5a3fd6;color:#fff;padding:10px 16px;border-radius:8px;text-decoration:none;font-weight:600">${escapeHtml(input.action.label)}</a></p>
<p style="font-size:13px;color:#57536e">${footer}</p>
</div></body></html>`;
  return { subject: input.subject, text, html };
}
