import { env } from "@/lib/env";

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
 * Everything the user or others wrote is escaped; links are absolute to APP_URL.
 */
export function renderEmail(input: {
  recipientName: string;
  subject: string;
  lines: string[];
  action: { label: string; url: string };
  unsubscribeUrl: string | null;
}): RenderedEmail {
  const action = absolute(input.action.url);
  const unsubscribe = input.unsubscribeUrl ? absolute(input.unsubscribeUrl) : null;
  const text = [
    `Hi ${input.recipientName},`,
    "",
    ...input.lines,
    "",
    `${input.action.label}: ${action}`,
    "",
    unsubscribe ? `Don't want these emails? ${unsubscribe}` : "You receive this security notice for every account.",
    "— Kinship",
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,-apple-system,Segoe UI,sans-serif;color:#1c1a2e;background:#f3f2f8;padding:24px">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:12px;padding:24px">
<p style="font-weight:600;color:#5a3fd6;margin:0 0 16px">Kinship</p>
<p>Hi ${escapeHtml(input.recipientName)},</p>
${input.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("\n")}
<p style="margin:24px 0"><a href="${escapeHtml(action)}" style="background:#5a3fd6;color:#fff;padding:10px 16px;border-radius:8px;text-decoration:none;font-weight:600">${escapeHtml(input.action.label)}</a></p>
<p style="font-size:13px;color:#57536e">${unsubscribe ? `Don't want these emails? <a href="${escapeHtml(unsubscribe)}" style="color:#57536e">Unsubscribe from this kind</a>.` : "You receive this security notice for every account."}</p>
</div></body></html>`;
  return { subject: input.subject, text, html };
}
