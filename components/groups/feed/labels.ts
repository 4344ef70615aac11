import type { ReactionKind, ReportReason } from "@/lib/groups/feed/schemas";

export const REACTIONS: readonly { kind: ReactionKind; label: string; emoji: string }[] = [
  { kind: "LIKE", label: "Like", emoji: "👍" },
  { kind: "LOVE", label: "Love", emoji: "❤️" },
  { kind: "CARE", label: "Care", emoji: "🤗" },
  { kind: "HAHA", label: "Haha", emoji: "😆" },
  { kind: "WOW", label: "Wow", emoji: "😮" },
  { kind: "SAD", label: "Sad", emoji: "😢" },
];

export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  SPAM: "Spam or selling",
  HARASSMENT: "Harassment or bullying",
  HATE: "Hate speech",
  MISINFORMATION: "False or harmful information",
  OFF_TOPIC: "Off-topic for this group",
  OTHER: "Something else",
};

export function reportReasonLabel(reason: string): string {
  return (REPORT_REASON_LABELS as Record<string, string>)[reason] ?? reason;
}

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
