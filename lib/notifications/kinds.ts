/**
 * Every kind of notification, with what a person can switch off. Security notices are always emailed.
 * Adding a kind here makes it appear in everyone's preferences with its defaults.
 */
export const NOTIFICATION_KINDS = {
  "group.join_requested": {
    label: "Someone asks to join a group you moderate",
    inApp: true,
    email: true,
    security: false,
  },
  "group.request_decided": {
    label: "Your request to join a group is answered",
    inApp: true,
    email: true,
    security: false,
  },
  "group.invited": { label: "You're invited to a group", inApp: true, email: true, security: false },
  "group.role_changed": { label: "Your role in a group changes", inApp: true, email: false, security: false },
  "post.removed": { label: "A moderator removes your post or comment", inApp: true, email: true, security: false },
  "program.application_received": {
    label: "Someone applies to a program you run",
    inApp: true,
    email: true,
    security: false,
  },
  "program.application_decided": {
    label: "Your application to a program is answered",
    inApp: true,
    email: true,
    security: false,
  },
  "program.opened": {
    label: "A program opens in a group you asked about",
    inApp: true,
    email: true,
    security: false,
  },
  "pairing.matched": {
    label: "You're matched with a mentor or mentee",
    inApp: true,
    email: true,
    security: false,
  },
  "pairing.ended": {
    label: "Your mentorship ends early",
    inApp: true,
    email: true,
    security: false,
  },
  "pairing.checked_in": {
    label: "Your mentor or mentee checks in on a step",
    inApp: true,
    email: false,
    security: false,
  },
  "pairing.completion": {
    label: "Your mentorship is proposed for completion or completed",
    inApp: true,
    email: true,
    security: false,
  },
  "pairing.reminder": {
    label: "A step of your mentorship is due",
    inApp: true,
    email: true,
    security: false,
  },
  "pairing.stalled": {
    label: "A pair in a program you run has gone quiet",
    inApp: true,
    email: true,
    security: false,
  },
  "pairing.nudge": {
    label: "An admin checks in on your mentorship",
    inApp: true,
    email: true,
    security: false,
  },
  "message.received": {
    label: "Your mentor or mentee writes to you (email after 15 minutes unread)",
    inApp: true,
    email: true,
    security: false,
  },
  "message.reported": {
    label: "A message in a mentorship of a group you run is reported",
    inApp: true,
    email: true,
    security: false,
  },
  "message.warning": {
    label: "The admins warn you about a message you sent",
    inApp: true,
    email: true,
    security: false,
  },
  "account.sessions_revoked": { label: "You're signed out on every device", inApp: true, email: true, security: true },
} as const satisfies Record<string, { label: string; inApp: boolean; email: boolean; security: boolean }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function isKind(value: string): value is NotificationKind {
  return value in NOTIFICATION_KINDS;
}
