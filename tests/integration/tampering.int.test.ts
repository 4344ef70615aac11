/**
 * The cross-group tampering table: staff of group A ("Elsewhere") acting by id on group B's posts, comments,
 * reports, memberships, join requests and invitations, for B of each privacy. Every cell is refused (or, for a
 * bulk decision made through A's own queue, quietly ignored), and the database does not change at all (a
 * fingerprint of every table, before and after). The scope is always B's, read from the row the id names, never
 * from the actor's standing in A: `insider`, an admin of A who is a plain member of B, has a member's rights in B.
 *
 * Expected codes follow DESIGN.md: what the caller may see in B but may not do is FORBIDDEN; what the caller may
 * not see (B's reports, join requests and invitations; a PRIVATE group's posts and members; anything of a HIDDEN
 * group) is NOT_FOUND, "never 403 with details". Where a service refuses with another code, the row still asserts
 * the refusal and the unchanged database, and the exact code is asserted alone with `it.fails` (see DISAGREEMENTS).
 */
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { removePost } from "@/lib/groups/feed/remove-post";
import { pinPost } from "@/lib/groups/feed/pin-post";
import { removeComment } from "@/lib/groups/feed/remove-comment";
import { resolveReport } from "@/lib/groups/feed/resolve-report";
import { changeRole } from "@/lib/groups/members/change-role";
import { muteMember } from "@/lib/groups/members/mute-member";
import { removeMember } from "@/lib/groups/members/remove-member";
import { banMember } from "@/lib/groups/members/ban-member";
import { decideJoinRequests } from "@/lib/groups/members/decide-join-requests";
import { revokeInvitation } from "@/lib/groups/members/revoke-invitation";
import {
  buildWorld,
  expectRefused,
  fingerprint,
  outcome,
  PRIVACIES,
  type GroupFixture,
  type Privacy,
  type World,
} from "./support/world";

const NF = "NOT_FOUND";
const FB = "FORBIDDEN";
/** "ignored": the call succeeds, decides nothing, and writes nothing. */
type Expected = typeof NF | typeof FB | "ignored";

const ACTIONS = [
  "removePost",
  "pinPost",
  "removeComment",
  "resolveReport",
  "changeRole",
  "muteMember",
  "removeMember",
  "banMember",
  "banRequest",
  "decideViaA",
  "decideViaB",
  "revokeInvitation",
] as const;
type Action = (typeof ACTIONS)[number];

const ACTORS = ["otherAdmin", "otherModerator", "insider"] as const;
type TamperActor = (typeof ACTORS)[number];

/** One outcome per action, in ACTIONS order. */
type OnePer<T extends readonly unknown[], V> = { readonly [K in keyof T]: V };
type Row = OnePer<typeof ACTIONS, Expected>;

// prettier-ignore
const TABLE: Record<TamperActor, Record<Privacy, Row>> = {
  //  B is:      removePost pinPost removeComment resolveReport changeRole muteMember removeMember banMember banRequest decideViaA decideViaB revokeInvitation
  otherAdmin: {
    PUBLIC:     [FB,        FB,     FB,           NF,           FB,        FB,        FB,          FB,       NF,        "ignored", FB,        NF],
    PRIVATE:    [NF,        NF,     NF,           NF,           NF,        NF,        NF,          NF,       NF,        "ignored", FB,        NF],
    HIDDEN:     [NF,        NF,     NF,           NF,           NF,        NF,        NF,          NF,       NF,        "ignored", NF,        NF],
  },
  otherModerator: {
    PUBLIC:     [FB,        FB,     FB,           NF,           FB,        FB,        FB,          FB,       NF,        "ignored", FB,        NF],
    PRIVATE:    [NF,        NF,     NF,           NF,           NF,        NF,        NF,          NF,       NF,        "ignored", FB,        NF],
    HIDDEN:     [NF,        NF,     NF,           NF,           NF,        NF,        NF,          NF,       NF,        "ignored", NF,        NF],
  },
  // A plain member of B: sees B's posts and members, not its reports, requests or others' invitations.
  insider: {
    PUBLIC:     [FB,        FB,     FB,           NF,           FB,        FB,        FB,          FB,       NF,        "ignored", FB,        NF],
    PRIVATE:    [FB,        FB,     FB,           NF,           FB,        FB,        FB,          FB,       NF,        "ignored", FB,        NF],
    HIDDEN:     [FB,        FB,     FB,           NF,           FB,        FB,        FB,          FB,       NF,        "ignored", FB,        NF],
  },
};

/**
 * Cells where a service refuses with another code than the rules give (each is then asserted as "refused, nothing
 * written"). None today: banMember on a join request and revokeInvitation on someone else's invitation answered
 * FORBIDDEN until they were made to answer NOT_FOUND.
 */
const DISAGREEMENTS: Partial<Record<`${TamperActor} ${Privacy} ${Action}`, string>> = {};

/** One tampering attempt, by `actor` on B's row named by id. */
function attempt(action: Action, actor: SessionUser, b: GroupFixture, w: World): () => Promise<unknown> {
  const reason = { reason: "Tampering from elsewhere" };
  switch (action) {
    case "removePost":
      return () => removePost(actor, b.victimPostId, reason);
    case "pinPost":
      return () => pinPost(actor, b.postId, true);
    case "removeComment":
      return () => removeComment(actor, b.commentId, reason);
    case "resolveReport":
      return () => resolveReport(actor, b.reportId, { outcome: "remove", ...reason });
    case "changeRole":
      return () => changeRole(actor, b.targetMembershipId, { role: "MODERATOR" });
    case "muteMember":
      return () => muteMember(actor, b.targetMembershipId, { duration: "30d" });
    case "removeMember":
      return () => removeMember(actor, b.targetMembershipId);
    case "banMember":
      return () => banMember(actor, b.targetMembershipId);
    case "banRequest":
      return () => banMember(actor, b.requestId);
    case "decideViaA":
      // Through A's own queue, which the actor may work, naming B's request.
      return () => decideJoinRequests(actor, w.elsewhere.slug, { ids: [b.requestId], decision: "approve" });
    case "decideViaB":
      return () => decideJoinRequests(actor, b.slug, { ids: [b.requestId], decision: "approve" });
    case "revokeInvitation":
      return () => revokeInvitation(actor, b.invitationId);
  }
}

async function runCell(
  action: Action,
  expected: Expected,
  w: World,
  privacy: Privacy,
  who: TamperActor,
  label: string,
) {
  const run = attempt(action, w.users[who], w.groups[privacy], w);
  if (expected !== "ignored") return expectRefused(run, expected, label);
  const before = await fingerprint();
  const r = await outcome(run());
  expect.soft(r.code === "ok" && r.value, label).toMatchObject({ decided: 0 });
  expect.soft(await fingerprint(), `${label}: the database changed`).toEqual(before);
}

for (const who of ACTORS) {
  describe(`${who} (staff of group A) acting on group B's rows by id`, () => {
    for (const privacy of PRIVACIES) {
      const row = TABLE[who][privacy];
      it(`B ${privacy}: ${ACTIONS.map((a, i) => `${a} ${row[i]}`).join(", ")}`, async () => {
        const w = await buildWorld();
        for (const [i, action] of ACTIONS.entries()) {
          const label = `${who} ${privacy} ${action}` as const;
          if (DISAGREEMENTS[label]) {
            // Refused and nothing written, whichever code; the exact code is the it.fails cell below.
            const before = await fingerprint();
            const r = await outcome(attempt(action, w.users[who], w.groups[privacy], w)());
            expect.soft([NF, FB], `${label} refused (${r.code})`).toContain(r.code);
            expect.soft(await fingerprint(), `${label}: the database changed`).toEqual(before);
            continue;
          }
          await runCell(action, row[i]!, w, privacy, who, label);
        }
      });
    }
  });
}
