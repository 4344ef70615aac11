import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { describeAuditEvent } from "@/lib/audit/describe";
import { auditMessage, type AuditMessage } from "@/lib/audit/message";
import type { Locale } from "@/lib/i18n/locales";

// The activity page in Spanish and Arabic (issue 21) writes the log's sentences from the catalogue; English pages keep
// describeAuditEvent's. The English catalogue must say the same thing, and every language must have every value.
const catalogue = (locale: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../messages/${locale}.json`), "utf8"));

/** What the activity page does with a message (app/groups/[slug]/activity/page.tsx). */
function write(locale: Locale, message: AuditMessage): string {
  const t = createTranslator({
    locale,
    messages: catalogue(locale),
    namespace: "groups.activity",
    onError: (error) => {
      throw error;
    },
  }) as unknown as (key: string, values?: Record<string, string>) => string;
  const who = message.values.who === "" ? t("someone") : message.values.who;
  const list = new Intl.ListFormat(locale === "en" ? "en-GB" : locale, { type: "conjunction" });
  const fields = list.format(message.fields.map((field) => t("field", { field })));
  return t(`events.${message.key}`, { ...message.values, ...(who === undefined ? {} : { who }), fields });
}

// One event of every kind, with the details the log records (and one without any).
const EVENTS: { action: string; data: Record<string, unknown>; targetName: string | null }[] = [
  ...AUDIT_ACTIONS.map((action) => ({ action, data: {}, targetName: null })),
  { action: "group.update", data: { fields: ["name", "coverColor", "rules"] }, targetName: null },
  { action: "membership.approve", data: { name: "Mia" }, targetName: null },
  { action: "membership.mute", data: { duration: "7d" }, targetName: "Sam" },
  { action: "membership.role", data: { to: "MODERATOR" }, targetName: "Sam" },
  { action: "post.remove", data: { reason: "spam" }, targetName: "Tess" },
  { action: "comment.remove", data: {}, targetName: "Tess" },
  { action: "invitation.create", data: { kind: "link" }, targetName: null },
  { action: "program.open", data: { program: "Pilot" }, targetName: null },
  { action: "application.waitlist", data: { role: "MENTEE" }, targetName: "Bob" },
  { action: "pairing.end", data: { mentor: "Ann", mentee: "Bob" }, targetName: null },
  { action: "matching.weights", data: { program: "Pilot" }, targetName: null },
  { action: "report.resolve", data: { reason: "warned" }, targetName: null },
  { action: "poll.close", data: {}, targetName: null },
];

describe("the activity log in the reader's language", () => {
  it("says in English from the catalogue what the log's own sentences say", () => {
    for (const event of EVENTS) {
      // The log writes "someone" for a person it has no name for; the page writes the catalogue's word.
      expect(write("en", auditMessage(event)), event.action).toBe(describeAuditEvent(event));
    }
  });

  it("writes every event in Spanish and Arabic, with its names and none of the English", () => {
    for (const locale of ["es", "ar"] as const)
      for (const event of EVENTS) {
        const text = write(locale, auditMessage(event));
        expect(text, `${locale} ${event.action}`).not.toBe(describeAuditEvent(event));
        for (const name of [event.targetName, event.data.program, event.data.mentee].filter(Boolean))
          expect(text, `${locale} ${event.action}`).toContain(name);
      }
    expect(write("es", auditMessage(EVENTS.find((e) => e.action === "membership.mute" && e.targetName)!))).toBe(
      "silenció a Sam durante 7 días",
    );
    expect(write("ar", auditMessage({ action: "membership.role", data: { to: "ADMIN" }, targetName: "سارة" }))).toBe(
      "جعل سارة مشرفًا",
    );
  });
});
