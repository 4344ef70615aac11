/**
 * Every kind of notification, with what a person can switch off. Security notices are always emailed.
 * Adding a kind here makes it appear in everyone's preferences with its defaults; its label, in every catalogue,
 * is the message `notify.kinds.<kind>.label` (`kindLabel` in ./messages.ts).
 */
export const NOTIFICATION_KINDS = {
  "group.join_requested": { inApp: true, email: true, security: false },
  "group.request_decided": { inApp: true, email: true, security: false },
  "group.invited": { inApp: true, email: true, security: false },
  "group.role_changed": { inApp: true, email: false, security: false },
  "post.removed": { inApp: true, email: true, security: false },
  "program.application_received": { inApp: true, email: true, security: false },
  "program.application_decided": { inApp: true, email: true, security: false },
  "program.opened": { inApp: true, email: true, security: false },
  "pairing.matched": { inApp: true, email: true, security: false },
  "pairing.ended": { inApp: true, email: true, security: false },
  "pairing.checked_in": { inApp: true, email: false, security: false },
  "pairing.completion": { inApp: true, email: true, security: false },
  "pairing.reminder": { inApp: true, email: true, security: false },
  "pairing.stalled": { inApp: true, email: true, security: false },
  "pairing.nudge": { inApp: true, email: true, security: false },
  "message.received": { inApp: true, email: true, security: false },
  "message.reported": { inApp: true, email: true, security: false },
  "message.warning": { inApp: true, email: true, security: false },
  "account.sessions_revoked": { inApp: true, email: true, security: true },
} as const satisfies Record<string, { inApp: boolean; email: boolean; security: boolean }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function isKind(value: string): value is NotificationKind {
  return value in NOTIFICATION_KINDS;
}
