import type { AuditMessage } from "@/lib/audit/message";
import { assignableRoles, outranks } from "@/lib/auth/policy";
import type { AvatarPhoto } from "@/lib/photos/url";

export type AssignableRole = "ADMIN" | "MODERATOR" | "MEMBER";

/** What the viewer may do to this member, so the UI shows only the tools the services will accept. */
export type MemberManageDto = { roles: AssignableRole[]; mute: boolean; remove: boolean; ban: boolean };

/** A member as lists show them: name, role, joined date and a short bio. Never an email. */
export type MemberDto = {
  membershipId: string;
  userId: string;
  name: string;
  photo: AvatarPhoto | null;
  bio: string;
  role: string;
  joinedAt: string | null;
  /** Only for viewers who may mute; null otherwise. */
  mutedUntil: string | null;
  isYou: boolean;
  manage: MemberManageDto | null;
};

export type MembersPageDto = {
  members: MemberDto[];
  nextCursor: string | null;
  /** True when the viewer may see only the owners and admins (a private group they are not in). */
  restricted: boolean;
};

export type BannedMemberDto = { membershipId: string; userId: string; name: string; bannedAt: string | null };

export type JoinRequestDto = {
  membershipId: string;
  userId: string;
  name: string;
  photo: AvatarPhoto | null;
  bio: string;
  requestedAt: string;
  answers: { prompt: string; answer: string }[];
  rulesAccepted: boolean;
};

export type JoinRequestsPageDto = { requests: JoinRequestDto[]; total: number; nextCursor: string | null };

export type InvitationDto = {
  id: string;
  kind: "user" | "link";
  inviteeName: string | null;
  invitedByName: string;
  createdAt: string;
  expiresAt: string | null;
  maxUses: number | null;
  useCount: number;
  canRevoke: boolean;
};

export type TransferCandidateDto = { membershipId: string; name: string; role: string };

export type AuditEntryDto = {
  id: string;
  action: string;
  /** Null when the actor's account is gone: the page says "A former member". */
  actorName: string | null;
  /** The rest of the sentence after the actor's name: "approved Sam's request". */
  text: string;
  /** The same sentence as a catalogue message, for readers in other languages (lib/audit/message.ts). */
  message: AuditMessage;
  createdAt: string;
};

export type AuditPageDto = { entries: AuditEntryDto[]; nextCursor: string | null };

/**
 * The admin tools a viewer gets on a member row: the same relationship rules the services enforce (strictly
 * outrank the target; never yourself), combined with the viewer's permissions in the group.
 */
export function manageOptions(
  viewer: {
    userId: string;
    role: string | null;
    can: (p: "members.roles" | "members.mute" | "members.remove" | "members.ban") => boolean;
  },
  target: { userId: string; role: string },
): MemberManageDto | null {
  if (!viewer.role || viewer.userId === target.userId || !outranks(viewer.role, target.role)) return null;
  const roles = viewer.can("members.roles")
    ? assignableRoles(viewer.role).filter((r): r is AssignableRole => r !== "OWNER" && r !== target.role)
    : [];
  const options = {
    roles,
    mute: viewer.can("members.mute"),
    remove: viewer.can("members.remove"),
    ban: viewer.can("members.ban"),
  };
  return options.roles.length || options.mute || options.remove || options.ban ? options : null;
}

export const ROLE_LABELS: Record<string, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  MODERATOR: "Moderator",
  MEMBER: "Member",
};

/** Answers are stored as JSON; read them defensively (old or hand-edited rows must not break the queue). */
export function readAnswers(value: unknown): { prompt: string; answer: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((a: unknown) => {
    const o = (a ?? {}) as { prompt?: unknown; answer?: unknown };
    return typeof o.prompt === "string"
      ? [{ prompt: o.prompt, answer: typeof o.answer === "string" ? o.answer : "" }]
      : [];
  });
}
