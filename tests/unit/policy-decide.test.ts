import { describe, expect, it } from "vitest";
import { englishMessage } from "@/lib/i18n/format-message";
import {
  decide,
  whyNot,
  type Actor,
  type Decision,
  type GroupScope,
  type PairingScope,
  type Permission,
  type ProgramScope,
  type Scope,
} from "@/lib/auth/policy";

/**
 * `decide`, the policy's answer behind the one door: who may, and who may not, with the code each refusal answers
 * (NOT_FOUND when they may not even know the thing exists) and the sentence it carries.
 */

const NOW = new Date("2025-06-01T12:00:00.000Z");
const LATER = new Date(NOW.getTime() + 60 * 60 * 1000);
const ME = { id: "user-me" };
const MENTOR = { id: "user-mentor" };
const MENTEE = { id: "user-mentee" };
const AUTHOR = { id: "user-author" };

type Membership = NonNullable<GroupScope["membership"]>;
const as = (role: string, status = "ACTIVE", mutedUntil: Date | null = null): Membership => ({
  role,
  status,
  mutedUntil,
});

function group(overrides: Partial<Omit<GroupScope, "kind">> = {}): GroupScope {
  return {
    kind: "group",
    privacy: "PUBLIC",
    visibility: "VISIBLE",
    archived: false,
    membership: null,
    invited: false,
    mentorshipEnabled: true,
    ...overrides,
  };
}

const program = (state: string, g: GroupScope): ProgramScope => ({ kind: "program", state, group: g });

function pairing(g: GroupScope, state = "ACTIVE", programState: string | null = "RUNNING"): PairingScope {
  const scope: PairingScope = { kind: "pairing", mentorId: MENTOR.id, menteeId: MENTEE.id, state, group: g };
  return programState === null ? scope : { ...scope, programState };
}

/** The code of the answer ("allowed" when allowed), and its error message when it has one. */
function answer(actor: Actor, permission: Permission, scope: Scope): string {
  const d: Decision = decide(actor, permission, scope, NOW);
  if (d.allowed) return "allowed";
  return d.message ? `${d.code}: ${englishMessage(d.message)}` : d.code;
}

describe("decide in a group", () => {
  it.each<[string, Actor, Permission, GroupScope, string]>([
    ["a member posts", ME, "posts.create", group({ membership: as("MEMBER") }), "allowed"],
    ["a member moderates", ME, "posts.moderate", group({ membership: as("MEMBER") }), "FORBIDDEN"],
    ["anyone, a group they may not know of", ME, "group.read", group({ visibility: "HIDDEN" }), "NOT_FOUND"],
    // Reading is knowing: the feed of a private group is not there for a visitor, though the group is.
    ["a visitor reads a private group's feed", ME, "posts.read", group({ privacy: "PRIVATE" }), "NOT_FOUND"],
    ["a visitor lists a private group's members", ME, "members.list", group({ privacy: "PRIVATE" }), "NOT_FOUND"],
    [
      "a member lists programs with mentorship off",
      ME,
      "programs.read",
      group({ membership: as("MEMBER"), mentorshipEnabled: false }),
      "NOT_FOUND",
    ],
    ["the signed-out, a public group's post", null, "posts.create", group(), "UNAUTHENTICATED"],
    ["a visitor, a public group's post", ME, "posts.create", group(), "FORBIDDEN"],
    [
      "a visitor reports content",
      ME,
      "content.report",
      group(),
      "FORBIDDEN: Only members of the group can report posts.",
    ],
    ["a visitor applies to a program", ME, "programs.apply", group(), "FORBIDDEN: Join the group to apply."],
    ["the signed-out apply to a program", null, "programs.apply", group(), "UNAUTHENTICATED"],
    ["a member applies", ME, "programs.apply", group({ membership: as("MEMBER") }), "allowed"],
    // A pending requester holds a membership row: not told to join again.
    ["a requester applies", ME, "programs.apply", group({ membership: as("MEMBER", "PENDING") }), "FORBIDDEN"],
    ["an admin reads applications", ME, "applications.read", group({ membership: as("ADMIN") }), "allowed"],
    ["a moderator reads applications", ME, "applications.read", group({ membership: as("MODERATOR") }), "NOT_FOUND"],
    [
      "a moderator reviews applications",
      ME,
      "applications.review",
      group({ membership: as("MODERATOR") }),
      "FORBIDDEN",
    ],
  ])("%s", (_name, actor, permission, scope, expected) => {
    expect(answer(actor, permission, scope)).toBe(expected);
  });

  it("gives the group page its sentence for why someone may not post, and none to who may", () => {
    const reason = (actor: Actor, g: GroupScope) => whyNot(actor, "posts.create", g, NOW);
    expect(reason(ME, group({ membership: as("MEMBER") }))).toBeNull();
    expect(reason(null, group())?.text).toBe("Sign in and join the group to write posts.");
    expect(reason(ME, group())?.text).toBe("Join the group to write posts and comments.");
    expect(reason(ME, group({ membership: as("MEMBER", "PENDING") }))?.text).toBe(
      "Your request to join is waiting. Once you're in, you can post here.",
    );
    expect(reason(ME, group({ membership: as("MEMBER", "ACTIVE", LATER) }))).toEqual({
      text: "You're muted until {until}. You can still read and react.",
      until: LATER,
    });
    // A mute that is over explains nothing: they may post.
    expect(reason(ME, group({ membership: as("MEMBER", "ACTIVE", new Date(NOW.getTime() - 1)) }))).toBeNull();
    // Not a sentence for a group they may not see at all.
    expect(reason(ME, group({ visibility: "HIDDEN" }))).toBeNull();
  });

  it("keeps the reason out of the error: a refused post still answers the default message", () => {
    const d = decide(ME, "posts.create", group({ membership: as("MEMBER", "ACTIVE", LATER) }), NOW);
    expect(d).toMatchObject({ allowed: false, code: "FORBIDDEN" });
    expect(d.allowed ? undefined : d.message).toBeUndefined();
  });
});

describe("decide on a program", () => {
  const member = group({ membership: as("MEMBER") });
  const admin = group({ membership: as("ADMIN") });
  it.each<[string, Permission, ProgramScope, string]>([
    ["a member reads an open program", "programs.read", program("OPEN", member), "allowed"],
    ["a member reads a draft", "programs.read", program("DRAFT", member), "NOT_FOUND"],
    ["an admin reads a draft", "programs.read", program("DRAFT", admin), "allowed"],
    ["a member manages an open program", "mentorship.manage", program("OPEN", member), "FORBIDDEN"],
    ["a member manages a draft", "mentorship.manage", program("DRAFT", member), "NOT_FOUND"],
    ["a member lists its applications", "applications.read", program("OPEN", member), "NOT_FOUND"],
    ["a member decides its applications", "applications.review", program("OPEN", member), "FORBIDDEN"],
    ["an admin lists its applications", "applications.read", program("OPEN", admin), "allowed"],
  ])("%s → %s", (_name, permission, scope, expected) => {
    expect(answer(ME, permission, scope)).toBe(expected);
  });
});

describe("decide on a pairing", () => {
  const member = group({ privacy: "PRIVATE", membership: as("MEMBER") });
  const admin = group({ privacy: "PRIVATE", membership: as("ADMIN") });
  it.each<[string, Actor, Permission, PairingScope, string]>([
    ["its mentor reads it", MENTOR, "pairing.read", pairing(member), "allowed"],
    ["its mentee checks in", MENTEE, "pairing.checkin", pairing(member), "allowed"],
    // The pair's words are theirs: an admin is told the space does not exist.
    ["an admin reads the space", ME, "pairing.read", pairing(admin), "NOT_FOUND"],
    ["an admin writes in the thread", ME, "thread.write", pairing(admin), "NOT_FOUND"],
    ["an admin sees progress", ME, "pairing.progress", pairing(admin), "allowed"],
    ["another member sees progress", ME, "pairing.progress", pairing(member), "NOT_FOUND"],
    ["a participant sees progress", MENTOR, "pairing.progress", pairing(member), "FORBIDDEN"],
    ["the signed-out", null, "pairing.read", pairing(member), "NOT_FOUND"],
    [
      "its mentor checks in once complete",
      MENTOR,
      "pairing.checkin",
      pairing(member, "COMPLETED"),
      "CONFLICT: This mentorship is complete.",
    ],
    [
      "its mentee checks in once ended",
      MENTEE,
      "pairing.checkin",
      pairing(member, "ENDED"),
      "CONFLICT: This mentorship has ended.",
    ],
    ["its mentee reads once ended", MENTEE, "pairing.read", pairing(member, "ENDED"), "allowed"],
    // The admins' services on the pair (end, move) see it as they see its program.
    ["an admin ends it", ME, "pairings.manage", pairing(admin), "allowed"],
    ["a member who may see the program ends it", ME, "pairings.manage", pairing(member), "FORBIDDEN"],
    ["a member ends a pairing of a draft", ME, "pairings.manage", pairing(member, "ACTIVE", "DRAFT"), "NOT_FOUND"],
    ["anyone, a pairing whose program is unknown", ME, "pairings.manage", pairing(admin, "ACTIVE", null), "NOT_FOUND"],
  ])("%s", (_name, actor, permission, scope, expected) => {
    expect(answer(actor, permission, scope)).toBe(expected);
  });
});

describe("decide on a thread", () => {
  const member = group({ privacy: "PRIVATE", membership: as("MEMBER") });
  const thread = (state: string, g = member): Scope => ({ kind: "thread", pairing: pairing(g, state) });
  it.each<[string, Actor, Permission, Scope, string]>([
    ["its mentor writes", MENTOR, "thread.write", thread("ACTIVE"), "allowed"],
    ["its mentee reads once ended", MENTEE, "thread.read", thread("ENDED"), "allowed"],
    [
      "its mentee writes once ended",
      MENTEE,
      "thread.write",
      thread("ENDED"),
      "CONFLICT: This mentorship has ended: the conversation stays readable, but no new messages can be sent.",
    ],
    [
      "an admin reads it",
      ME,
      "thread.read",
      thread("ACTIVE", group({ privacy: "PRIVATE", membership: as("ADMIN") })),
      "NOT_FOUND",
    ],
    [
      "a participant who left the group reads it",
      MENTOR,
      "thread.read",
      thread("ACTIVE", group({ privacy: "PRIVATE" })),
      "NOT_FOUND",
    ],
    ["anything but reading or writing", MENTOR, "pairing.checkin", thread("ACTIVE"), "NOT_FOUND"],
  ])("%s", (_name, actor, permission, scope, expected) => {
    expect(answer(actor, permission, scope)).toBe(expected);
  });
});

describe("decide on a post or a comment", () => {
  const content = (
    g: GroupScope,
    status = "PUBLISHED",
    comment: { authorId: string; status: string } | null = null,
  ): Scope => ({
    kind: "content",
    group: g,
    post: { authorId: AUTHOR.id, status },
    comment,
  });
  const member = (who = "MEMBER", mutedUntil: Date | null = null) =>
    group({ membership: as(who, "ACTIVE", mutedUntil) });
  it.each<[string, Actor, Permission, Scope, string]>([
    ["a member reacts to a published post", ME, "reactions.create", content(member()), "allowed"],
    ["a member sees a removed post", ME, "posts.read", content(member(), "REMOVED"), "NOT_FOUND"],
    ["its author sees it removed", AUTHOR, "posts.read", content(member(), "REMOVED"), "allowed"],
    ["a moderator sees it removed", ME, "posts.read", content(member("MODERATOR"), "REMOVED"), "allowed"],
    [
      "a member sees a removed comment",
      ME,
      "posts.read",
      content(member(), "PUBLISHED", { authorId: AUTHOR.id, status: "REMOVED" }),
      "NOT_FOUND",
    ],
    ["its author edits it", AUTHOR, "content.edit", content(member()), "allowed"],
    [
      "someone else edits it",
      ME,
      "content.edit",
      content(member("OWNER")),
      "FORBIDDEN: Only the author can edit a post.",
    ],
    [
      "someone else deletes a comment",
      ME,
      "content.delete",
      content(member(), "PUBLISHED", { authorId: AUTHOR.id, status: "PUBLISHED" }),
      "FORBIDDEN: Only the author can delete a comment.",
    ],
    ["its muted author edits it", AUTHOR, "content.edit", content(member("MEMBER", LATER)), "FORBIDDEN"],
    ["its muted author deletes it", AUTHOR, "content.delete", content(member("MEMBER", LATER)), "allowed"],
    [
      "a visitor reports it",
      ME,
      "content.report",
      content(group()),
      "FORBIDDEN: Only members of the group can report posts.",
    ],
    ["the signed-out report it", null, "content.report", content(group()), "UNAUTHENTICATED"],
  ])("%s", (_name, actor, permission, scope, expected) => {
    expect(answer(actor, permission, scope)).toBe(expected);
  });
});

describe("decide on another member's membership", () => {
  const target = (role: string, status = "ACTIVE", userId = "user-target") => ({ role, status, userId });
  const on = (mine: string, t: ReturnType<typeof target>, g: Partial<GroupScope> = {}): Scope => ({
    kind: "membership",
    group: group({ membership: as(mine), ...g }),
    target: t,
  });
  it.each<[string, Permission, Scope, string]>([
    ["a moderator mutes a member", "members.mute", on("MODERATOR", target("MEMBER")), "allowed"],
    [
      "a moderator mutes a moderator",
      "members.mute",
      on("MODERATOR", target("MODERATOR")),
      "FORBIDDEN: You can only act on people whose role is below yours.",
    ],
    [
      "an admin bans the owner",
      "members.ban",
      on("ADMIN", target("OWNER")),
      "FORBIDDEN: Nobody can act on the group's owner. Ownership changes only by a transfer.",
    ],
    [
      "an admin acts on themselves",
      "members.remove",
      on("ADMIN", target("MEMBER", "ACTIVE", ME.id)),
      "FORBIDDEN: You can't use this on yourself.",
    ],
    ["a member mutes a member", "members.mute", on("MEMBER", target("MEMBER")), "FORBIDDEN"],
    // A join request is there only for those who decide requests.
    ["a member bans a requester", "members.ban", on("MEMBER", target("MEMBER", "PENDING")), "NOT_FOUND"],
    ["a moderator bans a requester", "members.ban", on("MODERATOR", target("MEMBER", "PENDING")), "allowed"],
    [
      "a visitor of a private group mutes",
      "members.mute",
      on("MEMBER", target("MEMBER"), { privacy: "PRIVATE", membership: null }),
      "NOT_FOUND",
    ],
    // A transfer is not a rank action: the owner hands over to anyone, the rules of the transfer decide.
    ["the owner transfers", "group.transfer", on("OWNER", target("ADMIN")), "allowed"],
    ["an admin transfers", "group.transfer", on("ADMIN", target("MEMBER", "PENDING")), "FORBIDDEN"],
  ])("%s → %s", (_name, permission, scope, expected) => {
    expect(answer(ME, permission, scope)).toBe(expected);
  });
});

describe("decide on reports and invitations", () => {
  const report = (role: string | null): Scope => ({
    kind: "report",
    group: group({ membership: role ? as(role) : null }),
  });
  const messageReport = (role: string, mentorId = MENTOR.id): Scope => ({
    kind: "message-report",
    group: group({ membership: as(role) }),
    mentorId,
    menteeId: MENTEE.id,
  });
  const invitation = (role: string | null, invitedById: string | null, status = "ACTIVE"): Scope => ({
    kind: "invitation",
    group: group({ privacy: "PRIVATE", membership: role ? as(role, status) : null }),
    invitedById,
  });
  it.each<[string, Actor, Permission, Scope, string]>([
    ["a moderator works a report", ME, "reports.review", report("MODERATOR"), "allowed"],
    ["a member works a report", ME, "reports.review", report("MEMBER"), "NOT_FOUND"],
    ["an admin handles a message report", ME, "pairings.manage", messageReport("ADMIN"), "allowed"],
    ["a moderator handles a message report", ME, "pairings.manage", messageReport("MODERATOR"), "NOT_FOUND"],
    ["an admin in the reported conversation", MENTOR, "pairings.manage", messageReport("ADMIN"), "NOT_FOUND"],
    ["its sender revokes an invitation", ME, "members.invite", invitation("MEMBER", ME.id), "allowed"],
    ["another member revokes it", ME, "members.invite", invitation("MEMBER", "user-x"), "NOT_FOUND"],
    ["a moderator revokes it", ME, "members.invite", invitation("MODERATOR", "user-x"), "allowed"],
    ["its sender, since banned", ME, "members.invite", invitation("MEMBER", ME.id, "BANNED"), "NOT_FOUND"],
    ["its sender, since gone, in a private group", ME, "members.invite", invitation(null, ME.id), "FORBIDDEN"],
  ])("%s", (_name, actor, permission, scope, expected) => {
    expect(answer(actor, permission, scope)).toBe(expected);
  });
});

describe("decide on an application", () => {
  const application = (role: string, state: string, programState = "OPEN", applicantId = ME.id): Scope => ({
    kind: "application",
    program: program(programState, group({ membership: as(role) })),
    applicantId,
    state,
  });
  it.each<[string, Actor, Permission, Scope, string]>([
    ["its applicant reads it", ME, "application.read", application("MEMBER", "PENDING"), "allowed"],
    ["its applicant changes a draft", ME, "application.change", application("MEMBER", "DRAFT"), "allowed"],
    [
      "an admin reads someone's submitted one",
      ME,
      "application.read",
      application("ADMIN", "PENDING", "OPEN", "user-x"),
      "allowed",
    ],
    // Drafts are the applicant's alone.
    [
      "an admin reads someone's draft",
      ME,
      "application.read",
      application("ADMIN", "DRAFT", "OPEN", "user-x"),
      "NOT_FOUND",
    ],
    [
      "an admin withdraws someone's",
      ME,
      "application.change",
      application("ADMIN", "PENDING", "OPEN", "user-x"),
      "NOT_FOUND",
    ],
    [
      "another member reads it",
      ME,
      "application.read",
      application("MEMBER", "PENDING", "OPEN", "user-x"),
      "NOT_FOUND",
    ],
    ["the signed-out", null, "application.read", application("MEMBER", "PENDING"), "NOT_FOUND"],
    [
      "its applicant, the program back in draft",
      ME,
      "application.read",
      application("MEMBER", "PENDING", "DRAFT"),
      "NOT_FOUND",
    ],
  ])("%s", (_name, actor, permission, scope, expected) => {
    expect(answer(actor, permission, scope)).toBe(expected);
  });
});

describe("fail-closed", () => {
  it("an unknown kind of scope is NOT_FOUND", () => {
    expect(answer(ME, "group.read", { kind: "planet" } as unknown as Scope)).toBe("NOT_FOUND");
  });
  it("an unknown permission is refused", () => {
    expect(answer(ME, "group.explode" as Permission, group({ membership: as("OWNER") }))).toBe("FORBIDDEN");
  });
});
