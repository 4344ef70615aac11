/**
 * The scopes the policy judges (lib/auth/policy.ts): what a resource's loader resolves about it and about the
 * actor's standing there. Plain data, one kind per resource.
 */
export type Actor = { id: string } | null;

export type GroupScope = {
  kind: "group";
  privacy: string;
  visibility: string;
  archived: boolean;
  /** The actor's membership in this group, if any. */
  membership: { role: string; status: string; mutedUntil: Date | null } | null;
  /** The actor holds a live invitation to this group. */
  invited: boolean;
  /** Mentorship switched on in the group's settings. Off hides programs from everyone but their managers. */
  mentorshipEnabled: boolean;
};

export type PairingScope = {
  kind: "pairing";
  mentorId: string;
  menteeId: string;
  state: string;
  /** The actor's standing in the pairing's group. */
  group: GroupScope;
  /**
   * The state of the pairing's program, for the admins' services on a pairing (a group permission): they may know
   * a pairing exists exactly when they may know its program does. Unknown (absent) hides it.
   */
  programState?: string;
};

/** A program: seen by whoever reads the group's programs, a draft only by its managers. */
export type ProgramScope = { kind: "program"; state: string; group: GroupScope };

/** An application to a program: its applicant's, and its reviewers' once submitted. */
export type ApplicationScope = { kind: "application"; program: ProgramScope; applicantId: string; state: string };

/** A pair's conversation: its pairing's scope. */
export type ThreadScope = { kind: "thread"; pairing: PairingScope };

/** A post, or a comment on one: both must be visible to the actor. */
export type ContentScope = {
  kind: "content";
  group: GroupScope;
  post: { authorId: string; status: string };
  comment: { authorId: string; status: string } | null;
};

/** Another member's membership, which an admin tool acts on: the target's standing decides with the actor's. */
export type MembershipScope = {
  kind: "membership";
  group: GroupScope;
  target: { userId: string; role: string; status: string };
};

/** A report of a post or comment: private to the group's moderators. */
export type ReportScope = { kind: "report"; group: GroupScope };

/** A report of a pair's message: there only for the group's admins outside the reported conversation. */
export type MessageReportScope = { kind: "message-report"; group: GroupScope; mentorId: string; menteeId: string };

/** An invitation: seen by the one who sent it and by those who approve members. */
export type InvitationScope = { kind: "invitation"; group: GroupScope; invitedById: string | null };

export type Scope =
  | GroupScope
  | PairingScope
  | ProgramScope
  | ThreadScope
  | ContentScope
  | MembershipScope
  | ReportScope
  | MessageReportScope
  | InvitationScope
  | ApplicationScope;
