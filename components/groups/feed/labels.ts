import type { ReactionKind, ReportReason } from "@/lib/groups/feed/schemas";

/** The reactions, in the picker's order; their names are `feed.reactions.<kind>` in the catalogues. */
export const REACTIONS: readonly { kind: ReactionKind; emoji: string }[] = [
  { kind: "LIKE", emoji: "👍" },
  { kind: "LOVE", emoji: "❤️" },
  { kind: "CARE", emoji: "🤗" },
  { kind: "HAHA", emoji: "😆" },
  { kind: "WOW", emoji: "😮" },
  { kind: "SAD", emoji: "😢" },
];

/** The report reasons, in the form's order; their names are `moderation.reasons.<reason>` in the catalogues. */
export const REPORT_REASONS: readonly ReportReason[] = [
  "SPAM",
  "HARASSMENT",
  "HATE",
  "MISINFORMATION",
  "OFF_TOPIC",
  "OTHER",
];

/** English names, still read by the chat's report dialog (not yet translated); the feed reads the catalogue. */
export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  SPAM: "Spam or selling",
  HARASSMENT: "Harassment or bullying",
  HATE: "Hate speech",
  MISINFORMATION: "False or harmful information",
  OFF_TOPIC: "Off-topic for this group",
  OTHER: "Something else",
};

/** What the viewer may do in this feed (the services check again). */
export type FeedViewer = {
  signedIn: boolean;
  canPost: boolean;
  canComment: boolean;
  canReact: boolean;
  canModerate: boolean;
  canPin: boolean;
  canReport: boolean;
};

/** What the viewer may do with one post or comment, in its "⋯" menu. */
export type MenuAbilities = {
  edit: boolean;
  delete: boolean;
  /** Pin (false) or unpin (true); undefined when the viewer may not pin. */
  pinned?: boolean;
  remove: boolean;
  report: boolean;
};

/** Whether the menu has anything in it (a card leaves the menu's island out when not). */
export const hasMenu = (can: MenuAbilities) =>
  can.edit || can.delete || can.pinned !== undefined || can.remove || can.report;
