import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Locale } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/translator";
import { KIND_NAMES, NOTIFICATION_KINDS, type NotificationKind } from "./kinds";
import { kindLabel, kindLabelKey } from "./messages";

export type Preference = {
  kind: NotificationKind;
  /** In the language asked for; `labelKey` is its message, for a page that translates it itself. */
  label: string;
  labelKey: ReturnType<typeof kindLabelKey>;
  inApp: boolean;
  email: boolean;
  security: boolean;
};

/** Everyone's effective preferences: their own rows over each kind's defaults; security emails are always on. */
export async function preferencesFor(tx: Tx, userIds: string[], kind: NotificationKind) {
  // One statement: each user with their own row for this kind (a relation join).
  const users = await tx.user.findMany({
    where: { id: { in: userIds } },
    select: {
      id: true,
      email: true,
      name: true,
      emailDigest: true,
      locale: true,
      notificationPreferences: { where: { kind }, select: { inApp: true, email: true }, take: 1 },
    },
  });
  const def = NOTIFICATION_KINDS[kind];
  return users.map(({ notificationPreferences, ...u }) => {
    const row = notificationPreferences[0];
    return {
      user: u,
      inApp: row?.inApp ?? def.inApp,
      email: def.security ? true : (row?.email ?? def.email),
      digest: !def.security && u.emailDigest,
    };
  });
}

/** The caller's preferences, labelled in `locale` (default: the member's chosen language, else English). */
export async function getPreferences(
  actor: SessionUser,
  locale: Locale = resolveLocale(actor?.locale),
): Promise<{ digest: boolean; kinds: Preference[] }> {
  const [rows, user] = await Promise.all([
    db.notificationPreference.findMany({ where: { userId: actor.id } }),
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { emailDigest: true } }),
  ]);
  return {
    digest: user.emailDigest,
    kinds: KIND_NAMES.map((kind) => {
      const def = NOTIFICATION_KINDS[kind];
      const row = rows.find((r) => r.kind === kind);
      return {
        kind,
        label: kindLabel(locale, kind),
        labelKey: kindLabelKey(kind),
        security: def.security,
        inApp: row?.inApp ?? def.inApp,
        email: def.security ? true : (row?.email ?? def.email),
      };
    }),
  };
}

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.boolean()])
  .optional()
  .transform((v) => v === "on" || v === "true" || v === true);

/** Form fields `<kind>.inApp`, `<kind>.email` (checkboxes) and `digest`. Unknown kinds are rejected. */
export const ZPreferencesInput = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const out: { digest: boolean; kinds: { kind: NotificationKind; inApp: boolean; email: boolean }[] } = {
    digest: checkbox.parse(raw.digest),
    kinds: [],
  };
  for (const key of Object.keys(raw)) {
    if (key === "digest") continue;
    const kind = key.match(/^(.+)\.(inApp|email)$/)?.[1];
    if (!kind || !KIND_NAMES.includes(kind as NotificationKind)) {
      ctx.addIssue({ code: "custom", message: "Unknown notification kind.", path: [key] });
    }
  }
  for (const kind of KIND_NAMES) {
    out.kinds.push({ kind, inApp: checkbox.parse(raw[`${kind}.inApp`]), email: checkbox.parse(raw[`${kind}.email`]) });
  }
  return out;
});

export async function updatePreferences(actor: SessionUser, raw: unknown): Promise<void> {
  const input = ZPreferencesInput.parse(raw);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { emailDigest: input.digest } });
    for (const p of input.kinds) {
      const email = NOTIFICATION_KINDS[p.kind].security ? true : p.email;
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: actor.id, kind: p.kind } },
        create: { userId: actor.id, kind: p.kind, inApp: p.inApp, email },
        update: { inApp: p.inApp, email },
      });
    }
  });
}

/** One-click unsubscribe from one kind of email (security notices cannot be switched off). */
export async function unsubscribe(userId: string, kind: NotificationKind): Promise<void> {
  if (NOTIFICATION_KINDS[kind].security) return;
  const def = NOTIFICATION_KINDS[kind];
  await db.notificationPreference.upsert({
    where: { userId_kind: { userId, kind } },
    create: { userId, kind, inApp: def.inApp, email: false },
    update: { email: false },
  });
}
