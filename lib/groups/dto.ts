import type { GroupRow, MembershipRow } from "./scope";
import type { Abilities } from "./scope";
import type { Reason } from "@/lib/auth/policy";

export type GroupSummaryDto = {
  id: string;
  slug: string;
  name: string;
  description: string;
  coverColor: string;
  privacy: "PUBLIC" | "PRIVATE";
  visibility: "VISIBLE" | "HIDDEN";
  memberCount: number;
};

export type RuleDto = { id: string; title: string; body: string };
export type QuestionDto = { id: string; prompt: string; required: boolean };

export type ViewerDto = {
  signedIn: boolean;
  membership: { role: string; status: string; mutedUntil: string | null; joinedAt: string | null } | null;
  invited: boolean;
  can: Abilities;
  /**
   * Why the viewer may not write posts here, in the policy's words (null when they may, or when nothing explains
   * it). `{until}` in the text stands for `until`, written as a date in the reader's time zone.
   */
  whyNotPost: { text: string; until: string | null } | null;
};

export type GroupDetailDto = GroupSummaryDto & {
  mentorshipEnabled: boolean;
  postApprovalRequired: boolean;
  archived: boolean;
  createdAt: string;
  rules: RuleDto[];
  questions: QuestionDto[];
  viewer: ViewerDto;
};

export function toGroupSummary(group: GroupRow, memberCount: number): GroupSummaryDto {
  return {
    id: group.id,
    slug: group.slug,
    name: group.name,
    description: group.description,
    coverColor: group.coverColor,
    privacy: group.privacy,
    visibility: group.visibility,
    memberCount,
  };
}

export function toViewer(
  signedIn: boolean,
  membership: MembershipRow | null,
  invited: boolean,
  can: Abilities,
  whyNotPost: Reason | null,
): ViewerDto {
  return {
    signedIn,
    membership: membership
      ? {
          role: membership.role,
          status: membership.status,
          mutedUntil: membership.mutedUntil?.toISOString() ?? null,
          joinedAt: membership.joinedAt?.toISOString() ?? null,
        }
      : null,
    invited,
    can,
    whyNotPost: whyNotPost ? { text: whyNotPost.text, until: whyNotPost.until?.toISOString() ?? null } : null,
  };
}
