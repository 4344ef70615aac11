/**
 * The mass-assignment table: every input of the group services, sent with one extra field that a client must
 * never set (role, groupId, authorId, status, createdById, sessionVersion), is rejected as INVALID_INPUT naming
 * that field, and nothing at all is written (a fingerprint of every table, before and after). Each service is
 * called by someone the rules allow, with an input that succeeds without the extra field: the last cell of each
 * row proves it (and that the fingerprint sees what that service writes), so the rejection is the extra field's
 * doing and nothing else's.
 *
 * changeRole's input has a real `role` field: there the cell sends role "OWNER", which is never handed out
 * (ownership moves only by a transfer). setReaction takes no object (its `kind` is a lone enum value) and is not
 * in the table; its target is resolved from the post or comment id, as tampering.int.test.ts shows for the others.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createGroup } from "@/lib/groups/create-group";
import { joinGroup } from "@/lib/groups/join-group";
import { findDirectory } from "@/lib/groups/find-directory";
import { createPost } from "@/lib/groups/feed/create-post";
import { updatePost } from "@/lib/groups/feed/update-post";
import { createComment } from "@/lib/groups/feed/create-comment";
import { updateComment } from "@/lib/groups/feed/update-comment";
import { reportContent } from "@/lib/groups/feed/report-content";
import { removePost } from "@/lib/groups/feed/remove-post";
import { removeComment } from "@/lib/groups/feed/remove-comment";
import { resolveReport } from "@/lib/groups/feed/resolve-report";
import { findFeed } from "@/lib/groups/feed/find-feed";
import { updateGroup } from "@/lib/groups/members/update-group";
import { changeRole } from "@/lib/groups/members/change-role";
import { muteMember } from "@/lib/groups/members/mute-member";
import { decideJoinRequests } from "@/lib/groups/members/decide-join-requests";
import { inviteUser } from "@/lib/groups/members/invite-user";
import { createInviteLink } from "@/lib/groups/members/create-invite-link";
import { acceptInvitation } from "@/lib/groups/members/accept-invitation";
import { newInviteToken } from "@/lib/groups/members/invite-token";
import { transferOwnership } from "@/lib/groups/members/transfer-ownership";
import { archiveGroup } from "@/lib/groups/members/archive-group";
import { findMembers } from "@/lib/groups/members/find-members";
import { findJoinRequests } from "@/lib/groups/members/find-join-requests";
import { findAuditLog } from "@/lib/groups/members/find-audit-log";
import { buildWorld, expectRefused, fingerprint, outcome, type GroupFixture, type World } from "./support/world";

const FIELDS = ["role", "groupId", "authorId", "status", "createdById", "sessionVersion"] as const;
type Field = (typeof FIELDS)[number];

/** What a forger would send: another group, another author, the top role, an active status, a reset session. */
function forged(w: World): Record<Field, unknown> {
  return {
    role: "OWNER",
    groupId: w.elsewhere.id,
    authorId: w.users.target.id,
    status: "ACTIVE",
    createdById: w.users.target.id,
    sessionVersion: 0,
  };
}

type Extra = Record<string, unknown>;
type Context = { w: World; g: GroupFixture; token: string };
/** One row: calls the service with its valid input plus `extra` (spread last, so it may also override a field). */
type Case = (c: Context, extra: Extra) => Promise<unknown>;

// The group is the PRIVATE one: join requests, invitations and membership all mean something there.
const CASES: Record<string, Case> = {
  createGroup: ({ w }, x) => createGroup(w.users.nonMember, { name: "A brand new group", privacy: "PUBLIC", ...x }),
  updateGroup: ({ w, g }, x) => updateGroup(w.users.admin, g.slug, { description: "New words", ...x }),
  joinGroup: ({ w, g }, x) => joinGroup(w.users.nonMember, g.slug, { acceptRules: true, ...x }),
  createPost: ({ w, g }, x) => createPost(w.users.member, { slug: g.slug }, { body: "Hello", ...x }),
  updatePost: ({ w, g }, x) => updatePost(w.users.owner, g.postId, { body: "Edited", ...x }),
  createComment: ({ w, g }, x) => createComment(w.users.member, g.postId, { body: "Nice", ...x }),
  updateComment: ({ w, g }, x) => updateComment(w.users.member, g.commentId, { body: "Edited", ...x }),
  reportContent: ({ w, g }, x) => reportContent(w.users.moderator, { postId: g.postId }, { reason: "SPAM", ...x }),
  removePost: ({ w, g }, x) => removePost(w.users.moderator, g.victimPostId, { reason: "Off topic", ...x }),
  removeComment: ({ w, g }, x) => removeComment(w.users.moderator, g.commentId, { reason: "Off topic", ...x }),
  resolveReport: ({ w, g }, x) => resolveReport(w.users.moderator, g.reportId, { outcome: "dismiss", ...x }),
  changeRole: ({ w, g }, x) => changeRole(w.users.owner, g.targetMembershipId, { role: "MODERATOR", ...x }),
  muteMember: ({ w, g }, x) => muteMember(w.users.moderator, g.targetMembershipId, { duration: "1d", ...x }),
  decideJoinRequests: ({ w, g }, x) =>
    decideJoinRequests(w.users.moderator, g.slug, { ids: [g.requestId], decision: "approve", ...x }),
  inviteUser: ({ w, g }, x) => inviteUser(w.users.admin, g.slug, { email: w.users.nonMember.email, ...x }),
  createInviteLink: ({ w, g }, x) => createInviteLink(w.users.admin, g.slug, { expiresInDays: 7, maxUses: null, ...x }),
  acceptInvitation: ({ w, token }, x) => acceptInvitation(w.users.nonMember, { token, ...x }),
  transferOwnership: ({ w, g }, x) => transferOwnership(w.users.owner, { membershipId: g.targetMembershipId, ...x }),
  archiveGroup: ({ w, g }, x) => archiveGroup(w.users.owner, g.slug, { confirmName: g.name, ...x }),
  // Queries write nothing anyway, but a strict query schema is what keeps a forged filter out of them.
  findFeed: ({ w, g }, x) => findFeed(w.users.member, { slug: g.slug }, { ...x }),
  findMembers: ({ w, g }, x) => findMembers(w.users.member, g.slug, { ...x }),
  findJoinRequests: ({ w, g }, x) => findJoinRequests(w.users.moderator, g.slug, { ...x }),
  findAuditLog: ({ w, g }, x) => findAuditLog(w.users.admin, g.slug, { ...x }),
  findDirectory: (_c, x) => findDirectory({ q: "group", ...x }),
};

async function context(): Promise<Context> {
  const w = await buildWorld();
  const g = w.groups.PRIVATE;
  // A link invitation by the owner, for acceptInvitation (the world's invitations are personal).
  const { token, tokenHash } = newInviteToken();
  await db.invitation.create({ data: { groupId: g.id, invitedById: w.users.owner.id, tokenHash } });
  return { w, g, token };
}

describe("extra fields in an input are rejected and write nothing", () => {
  for (const [name, call] of Object.entries(CASES)) {
    it(`${name}: ${FIELDS.join(", ")} → INVALID_INPUT; without them → ok`, async () => {
      const c = await context();
      const values = forged(c.w);
      for (const field of FIELDS) {
        const label = `${name} + ${field}`;
        const r = await expectRefused(() => call(c, { [field]: values[field] }), "INVALID_INPUT", label);
        // The field error names the field: an unrecognized key (or, for changeRole, the role it may not give).
        if ("error" in r) expect.soft(JSON.stringify(r.error.fields ?? {}), label).toContain(field);
      }
      // The same call without the extra field succeeds, and (for a write) the fingerprint sees what it wrote.
      const before = await fingerprint();
      const control = await outcome(call(c, {}));
      expect(control.code, `${name} without extra fields: ${"error" in control ? control.error.message : ""}`).toBe(
        "ok",
      );
      if (!name.startsWith("find")) expect(await fingerprint(), `${name} wrote nothing`).not.toEqual(before);
    });
  }
});
