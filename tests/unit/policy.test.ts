import { describe, expect, it } from "vitest";
import {
  GROUP_PERMISSIONS,
  GROUP_ROLES,
  PAIRING_PERMISSIONS,
  ROLE_PERMISSIONS,
  assertCan,
  can,
  canSee,
  isAuthor,
  type Actor,
  type GroupPermission,
  type GroupRole,
  type GroupScope,
  type PairingPermission,
  type PairingScope,
  type Permission,
  type Scope,
} from "@/lib/auth/policy";
import { AppError, type ErrorCode } from "@/lib/errors";

// ---------------------------------------------------------------------------------------------------------------
// The expected rules, written out here independently of lib/auth/policy.ts.
// ---------------------------------------------------------------------------------------------------------------

const NOW = new Date("2025-06-01T12:00:00.000Z");
const HOUR = 60 * 60 * 1000;
const ME = { id: "user-me" };

/** Every group permission the test knows about. A permission added to the code without a row here fails. */
const KNOWN_GROUP_PERMISSIONS: readonly GroupPermission[] = [
  "group.read",
  "group.update",
  "group.delete",
  "group.transfer",
  "members.list",
  "members.invite",
  "members.approve",
  "members.remove",
  "members.ban",
  "members.mute",
  "members.roles",
  "posts.read",
  "posts.create",
  "posts.moderate",
  "posts.pin",
  "comments.create",
  "reactions.create",
  "content.report",
  "reports.review",
  "audit.read",
  "mentorship.manage",
  "programs.read",
  "programs.apply",
  "applications.read",
  "applications.review",
  "pairings.manage",
  "pairings.progress",
];

const KNOWN_PAIRING_PERMISSIONS: readonly PairingPermission[] = [
  "pairing.read",
  "pairing.checkin",
  "thread.read",
  "thread.write",
  "pairing.progress",
];

const KNOWN_ROLES: readonly GroupRole[] = ["OWNER", "ADMIN", "MODERATOR", "MEMBER"];

/** THE MATRIX: for each role, exactly the permissions it holds as an active member. */
const EXPECTED_ROLE_PERMISSIONS: Record<GroupRole, readonly GroupPermission[]> = {
  MEMBER: [
    "group.read",
    "members.list",
    "members.invite",
    "posts.read",
    "posts.create",
    "comments.create",
    "reactions.create",
    "content.report",
    "programs.read",
    "programs.apply",
  ],
  MODERATOR: [
    "group.read",
    "members.list",
    "members.invite",
    "posts.read",
    "posts.create",
    "comments.create",
    "reactions.create",
    "content.report",
    "programs.read",
    "programs.apply",
    "members.approve",
    "members.remove",
    "members.ban",
    "members.mute",
    "posts.moderate",
    "reports.review",
  ],
  ADMIN: [
    "group.read",
    "members.list",
    "members.invite",
    "posts.read",
    "posts.create",
    "comments.create",
    "reactions.create",
    "content.report",
    "programs.read",
    "programs.apply",
    "members.approve",
    "members.remove",
    "members.ban",
    "members.mute",
    "posts.moderate",
    "reports.review",
    "group.update",
    "members.roles",
    "posts.pin",
    "audit.read",
    "mentorship.manage",
    "applications.read",
    "applications.review",
    "pairings.manage",
    "pairings.progress",
  ],
  OWNER: [
    "group.read",
    "members.list",
    "members.invite",
    "posts.read",
    "posts.create",
    "comments.create",
    "reactions.create",
    "content.report",
    "programs.read",
    "programs.apply",
    "members.approve",
    "members.remove",
    "members.ban",
    "members.mute",
    "posts.moderate",
    "reports.review",
    "group.update",
    "members.roles",
    "posts.pin",
    "audit.read",
    "mentorship.manage",
    "applications.read",
    "applications.review",
    "pairings.manage",
    "pairings.progress",
    "group.delete",
    "group.transfer",
  ],
};

const PUBLIC_VISITOR_PERMISSIONS: readonly string[] = ["group.read", "members.list", "posts.read", "programs.read"];

const roleHas = (role: GroupRole, permission: string) =>
  (EXPECTED_ROLE_PERMISSIONS[role] as readonly string[]).includes(permission);

/** Every permission string of both kinds, taken from the code, so new ones are exercised too. */
const EVERY_PERMISSION: readonly Permission[] = [...GROUP_PERMISSIONS, ...PAIRING_PERMISSIONS];

type Membership = NonNullable<GroupScope["membership"]>;

function membership(role: string, status = "ACTIVE", mutedUntil: Date | null = null): Membership {
  return { role, status, mutedUntil };
}

function groupScope(overrides: Partial<Omit<GroupScope, "kind">> = {}): GroupScope {
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

const sorted = (list: readonly string[]) => [...list].sort();

// ---------------------------------------------------------------------------------------------------------------

describe("the permission vocabulary", () => {
  it("GROUP_PERMISSIONS is exactly the set this test knows (update the matrix below when adding one)", () => {
    expect(sorted(GROUP_PERMISSIONS)).toEqual(sorted(KNOWN_GROUP_PERMISSIONS));
    expect(new Set(GROUP_PERMISSIONS).size).toBe(GROUP_PERMISSIONS.length);
  });

  it("PAIRING_PERMISSIONS is exactly the set this test knows", () => {
    expect(sorted(PAIRING_PERMISSIONS)).toEqual(sorted(KNOWN_PAIRING_PERMISSIONS));
  });

  it("GROUP_ROLES is exactly the set of roles in the expected matrix", () => {
    expect(sorted(GROUP_ROLES)).toEqual(sorted(KNOWN_ROLES));
    expect(sorted(Object.keys(EXPECTED_ROLE_PERMISSIONS))).toEqual(sorted(KNOWN_ROLES));
  });

  it.each(KNOWN_ROLES)("the expected list for %s only names known permissions, once each", (role) => {
    const list = EXPECTED_ROLE_PERMISSIONS[role];
    expect(new Set(list).size).toBe(list.length);
    for (const p of list) expect(GROUP_PERMISSIONS).toContain(p);
  });

  it.each(KNOWN_ROLES)("ROLE_PERMISSIONS.%s is exactly the expected list", (role) => {
    expect(sorted([...ROLE_PERMISSIONS[role]])).toEqual(sorted(EXPECTED_ROLE_PERMISSIONS[role]));
  });
});

describe("the role matrix: every role × every group permission (active member, PUBLIC VISIBLE group)", () => {
  describe.each(KNOWN_ROLES)("%s", (role) => {
    const scope = groupScope({ membership: membership(role) });
    it.each(GROUP_PERMISSIONS.map((p) => [p, roleHas(role, p)] as const))("%s → %s", (permission, expected) => {
      expect(can(ME, permission, scope, NOW)).toBe(expected);
    });
  });

  // Roles are the same in every privacy/visibility: an active member's rights do not depend on it.
  describe.each([
    { privacy: "PRIVATE", visibility: "VISIBLE" },
    { privacy: "PRIVATE", visibility: "HIDDEN" },
  ])("in a $privacy $visibility group", ({ privacy, visibility }) => {
    it.each(KNOWN_ROLES)("an active %s holds exactly its role's permissions", (role) => {
      const scope = groupScope({ privacy, visibility, membership: membership(role) });
      const allowed = EVERY_PERMISSION.filter((p) => can(ME, p, scope, NOW));
      expect(sorted(allowed)).toEqual(sorted(EXPECTED_ROLE_PERMISSIONS[role]));
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Visitors and members by privacy/visibility.
describe("mentorship switched off: programs hidden from all but the group's admins, nothing else changes", () => {
  describe.each(COMBOS)("$privacy $visibility group", (combo) => {
    describe.each(ACTOR_KINDS)("$name", (kind) => {
      const on = groupScope({ ...combo, membership: kind.membership, invited: kind.invited });
      const off = { ...on, mentorshipEnabled: false };
      const managesPrograms = kind.standing === "OWNER" || kind.standing === "ADMIN";

      it("programs.read only for owners and admins, programs.apply for nobody", () => {
        expect(can(kind.actor, "programs.read", off, NOW)).toBe(managesPrograms);
        expect(can(kind.actor, "programs.apply", off, NOW)).toBe(false);
      });

      it("every other permission is as with mentorship on", () => {
        for (const p of EVERY_PERMISSION.filter((p) => p !== "programs.read" && p !== "programs.apply"))
          expect([p, can(kind.actor, p, off, NOW)]).toEqual([p, can(kind.actor, p, on, NOW)]);
      });
    });
  });

  it("a scope without the flag (an old caller) fails closed for members", () => {
    const scope = { ...groupScope({ membership: membership("MEMBER") }), mentorshipEnabled: undefined };
    expect(can(ME, "programs.read", scope as unknown as GroupScope, NOW)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------

const COMBOS = [
  { privacy: "PUBLIC", visibility: "VISIBLE" },
  { privacy: "PRIVATE", visibility: "VISIBLE" },
  { privacy: "PRIVATE", visibility: "HIDDEN" },
] as const;
type Combo = (typeof COMBOS)[number];

type ActorKind = {
  name: string;
  actor: Actor;
  membership: Membership | null;
  invited: boolean;
  standing: "anonymous" | "visitor" | "pending" | "declined" | "banned" | "invitee" | GroupRole;
};

const ACTOR_KINDS: readonly ActorKind[] = [
  { name: "anonymous", actor: null, membership: null, invited: false, standing: "anonymous" },
  { name: "signed-in non-member", actor: ME, membership: null, invited: false, standing: "visitor" },
  {
    name: "PENDING requester",
    actor: ME,
    membership: membership("MEMBER", "PENDING"),
    invited: false,
    standing: "pending",
  },
  {
    name: "DECLINED requester",
    actor: ME,
    membership: membership("MEMBER", "DECLINED"),
    invited: false,
    standing: "declined",
  },
  { name: "BANNED member", actor: ME, membership: membership("MEMBER", "BANNED"), invited: false, standing: "banned" },
  { name: "invitee (no membership)", actor: ME, membership: null, invited: true, standing: "invitee" },
  { name: "active MEMBER", actor: ME, membership: membership("MEMBER"), invited: false, standing: "MEMBER" },
  { name: "active MODERATOR", actor: ME, membership: membership("MODERATOR"), invited: false, standing: "MODERATOR" },
  { name: "active ADMIN", actor: ME, membership: membership("ADMIN"), invited: false, standing: "ADMIN" },
  { name: "active OWNER", actor: ME, membership: membership("OWNER"), invited: false, standing: "OWNER" },
];

/**
 * The rules in prose: BANNED gets nothing ever; active members get their role's set; visitors of PUBLIC see
 * group.read, members.list, posts.read, programs.read; visitors of PRIVATE VISIBLE see only group.read; in a HIDDEN
 * group only a signed-in invitee or PENDING requester gets group.read, nobody else anything.
 */
function expectedVisitor(combo: Combo, kind: ActorKind, permission: string): boolean {
  const { standing } = kind;
  if (standing === "banned") return false;
  if ((KNOWN_ROLES as readonly string[]).includes(standing)) return roleHas(standing as GroupRole, permission);
  if (combo.visibility === "HIDDEN")
    return (standing === "invitee" || standing === "pending") && permission === "group.read";
  if (combo.privacy === "PUBLIC") return PUBLIC_VISITOR_PERMISSIONS.includes(permission);
  return permission === "group.read";
}

describe("privacy × visibility × actor kind × every permission", () => {
  describe.each(COMBOS)("$privacy $visibility group", (combo) => {
    describe.each(ACTOR_KINDS)("$name", (kind) => {
      const scope = groupScope({ ...combo, membership: kind.membership, invited: kind.invited });

      it.each(EVERY_PERMISSION.map((p) => [p, expectedVisitor(combo, kind, p)] as const))(
        "%s → %s",
        (permission, expected) => {
          expect(can(kind.actor, permission, scope, NOW)).toBe(expected);
        },
      );

      it(`canSee → ${expectedVisitor(combo, kind, "group.read")}`, () => {
        expect(canSee(kind.actor, scope, NOW)).toBe(expectedVisitor(combo, kind, "group.read"));
      });
    });
  });

  it("a BANNED member who also holds an invitation still gets nothing, even in a PUBLIC group", () => {
    for (const combo of COMBOS) {
      const scope = groupScope({ ...combo, membership: membership("OWNER", "BANNED"), invited: true });
      expect(EVERY_PERMISSION.filter((p) => can(ME, p, scope, NOW))).toEqual([]);
    }
  });

  it("an anonymous actor gets nothing from an invitation or a membership in the scope (they are not signed in)", () => {
    const hidden = groupScope({
      privacy: "PRIVATE",
      visibility: "HIDDEN",
      invited: true,
      membership: membership("OWNER"),
    });
    expect(EVERY_PERMISSION.filter((p) => can(null, p, hidden, NOW))).toEqual([]);
    const pending = groupScope({
      privacy: "PRIVATE",
      visibility: "HIDDEN",
      membership: membership("MEMBER", "PENDING"),
    });
    expect(EVERY_PERMISSION.filter((p) => can(null, p, pending, NOW))).toEqual([]);
    // In a PUBLIC group the membership is ignored: anonymous is just a visitor, never an owner.
    const pub = groupScope({ membership: membership("OWNER") });
    expect(sorted(EVERY_PERMISSION.filter((p) => can(null, p, pub, NOW)))).toEqual(sorted(PUBLIC_VISITOR_PERMISSIONS));
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("mutes", () => {
  const MUTED_DENIED = ["posts.create", "comments.create"];

  it.each(KNOWN_ROLES)("a muted %s loses exactly posts.create and comments.create, and keeps the rest", (role) => {
    const scope = groupScope({ membership: membership(role, "ACTIVE", new Date(NOW.getTime() + HOUR)) });
    const allowed = EVERY_PERMISSION.filter((p) => can(ME, p, scope, NOW));
    const expected = EXPECTED_ROLE_PERMISSIONS[role].filter((p) => !MUTED_DENIED.includes(p));
    expect(sorted(allowed)).toEqual(sorted(expected));
  });

  it.each([
    { permission: "posts.create", expected: false },
    { permission: "comments.create", expected: false },
    { permission: "reactions.create", expected: true },
    { permission: "posts.read", expected: true },
    { permission: "group.read", expected: true },
  ])("a muted MEMBER: $permission → $expected", ({ permission, expected }) => {
    const scope = groupScope({ membership: membership("MEMBER", "ACTIVE", new Date(NOW.getTime() + 60_000)) });
    expect(can(ME, permission, scope, NOW)).toBe(expected);
  });

  it.each([
    { label: "an expired mute (1 ms ago)", mutedUntil: new Date(NOW.getTime() - 1) },
    { label: "an expired mute (last year)", mutedUntil: new Date(NOW.getTime() - 365 * 24 * HOUR) },
    { label: "a mute ending exactly now", mutedUntil: new Date(NOW.getTime()) },
    { label: "no mute", mutedUntil: null },
  ])("$label restores posts.create and comments.create", ({ mutedUntil }) => {
    const scope = groupScope({ membership: membership("MEMBER", "ACTIVE", mutedUntil) });
    expect(can(ME, "posts.create", scope, NOW)).toBe(true);
    expect(can(ME, "comments.create", scope, NOW)).toBe(true);
  });

  it("uses the current time when `now` is not given", () => {
    const future = groupScope({ membership: membership("MEMBER", "ACTIVE", new Date(Date.now() + 24 * HOUR)) });
    const past = groupScope({ membership: membership("MEMBER", "ACTIVE", new Date(Date.now() - 24 * HOUR)) });
    expect(can(ME, "posts.create", future)).toBe(false);
    expect(can(ME, "reactions.create", future)).toBe(true);
    expect(can(ME, "posts.create", past)).toBe(true);
  });
});

describe("archived groups: only the OWNER may group.read, nothing else for anyone", () => {
  describe.each(COMBOS)("archived $privacy $visibility group", (combo) => {
    it.each(ACTOR_KINDS)("$name", (kind) => {
      const scope = groupScope({ ...combo, archived: true, membership: kind.membership, invited: kind.invited });
      const allowed = EVERY_PERMISSION.filter((p) => can(kind.actor, p, scope, NOW));
      expect(allowed).toEqual(kind.standing === "OWNER" ? ["group.read"] : []);
      expect(canSee(kind.actor, scope, NOW)).toBe(kind.standing === "OWNER");
    });
  });

  it("a muted OWNER of an archived group still reads it", () => {
    const scope = groupScope({
      archived: true,
      membership: membership("OWNER", "ACTIVE", new Date(NOW.getTime() + HOUR)),
    });
    expect(can(ME, "group.read", scope, NOW)).toBe(true);
    expect(can(ME, "posts.create", scope, NOW)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("fail-closed", () => {
  const UNKNOWN_PERMISSIONS = [
    "",
    "*",
    "group.*",
    "GROUP.READ",
    "group.read ",
    " group.read",
    "groups.read",
    "posts.delete",
    "admin",
    "constructor",
    "__proto__",
    "toString",
    "hasOwnProperty",
  ];

  it.each(UNKNOWN_PERMISSIONS)("unknown permission %j → false for an active OWNER and for a visitor", (permission) => {
    expect(can(ME, permission, groupScope({ membership: membership("OWNER") }), NOW)).toBe(false);
    expect(can(null, permission, groupScope(), NOW)).toBe(false);
    expect(can(ME, permission, groupScope({ invited: true, visibility: "HIDDEN", privacy: "PRIVATE" }), NOW)).toBe(
      false,
    );
  });

  it.each(PAIRING_PERMISSIONS)("pairing permission %s in a group scope → false, even for the OWNER", (permission) => {
    expect(can(ME, permission, groupScope({ membership: membership("OWNER") }), NOW)).toBe(false);
  });

  describe.each(COMBOS)("$privacy $visibility group", (combo) => {
    it.each(["SUPERADMIN", "owner", "Owner", "", "constructor", "__proto__"])(
      "an ACTIVE membership with unknown role %j gets nothing at all",
      (role) => {
        const scope = groupScope({ ...combo, membership: membership(role) });
        expect(EVERY_PERMISSION.filter((p) => can(ME, p, scope, NOW))).toEqual([]);
        expect(canSee(ME, scope, NOW)).toBe(false);
      },
    );

    it.each(["SUSPENDED", "active", "INVITED", "LEFT", ""])(
      "an OWNER membership with unknown status %j gets nothing at all",
      (status) => {
        const scope = groupScope({ ...combo, membership: membership("OWNER", status) });
        expect(EVERY_PERMISSION.filter((p) => can(ME, p, scope, NOW))).toEqual([]);
        expect(canSee(ME, scope, NOW)).toBe(false);
      },
    );
  });

  const VISITORS = ACTOR_KINDS.filter((k) =>
    ["anonymous", "visitor", "pending", "declined", "invitee"].includes(k.standing as string),
  );

  describe.each(["SECRET", "public", "Public", "", "HIDDEN"])("unknown privacy %j (VISIBLE)", (privacy) => {
    it.each(VISITORS)("$name gets nothing", (kind) => {
      const scope = groupScope({ privacy, visibility: "VISIBLE", membership: kind.membership, invited: kind.invited });
      expect(EVERY_PERMISSION.filter((p) => can(kind.actor, p, scope, NOW))).toEqual([]);
    });
  });

  describe.each(["SECRET", "visible", "hidden", "", "PUBLIC"])("unknown visibility %j", (visibility) => {
    describe.each(["PUBLIC", "PRIVATE"])("privacy %s", (privacy) => {
      it.each(VISITORS)("$name gets nothing", (kind) => {
        const scope = groupScope({ privacy, visibility, membership: kind.membership, invited: kind.invited });
        expect(EVERY_PERMISSION.filter((p) => can(kind.actor, p, scope, NOW))).toEqual([]);
      });
    });
  });

  it("an unknown scope kind → false", () => {
    const scope = { ...groupScope({ membership: membership("OWNER") }), kind: "thread" } as unknown as Scope;
    expect(can(ME, "group.read", scope, NOW)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Pairings: participants read and write; admins see progress, never the words.
// ---------------------------------------------------------------------------------------------------------------

const MENTOR = { id: "user-mentor" };
const MENTEE = { id: "user-mentee" };
const OTHER = { id: "user-other" };

function pairingScope(opts: { membership: Membership | null; state?: string; archived?: boolean }): PairingScope {
  return {
    kind: "pairing",
    mentorId: MENTOR.id,
    menteeId: MENTEE.id,
    state: opts.state ?? "ACTIVE",
    group: groupScope({
      privacy: "PRIVATE",
      visibility: "VISIBLE",
      archived: opts.archived ?? false,
      membership: opts.membership,
    }),
  };
}

const PARTICIPANT_ACTIVE: readonly PairingPermission[] = [
  "pairing.read",
  "pairing.checkin",
  "thread.read",
  "thread.write",
];
const PARTICIPANT_READ_ONLY: readonly PairingPermission[] = ["pairing.read", "thread.read"];

describe("pairing scope", () => {
  it.each<{ name: string; actor: Actor; scope: PairingScope; expected: readonly PairingPermission[] }>([
    {
      name: "mentor (MEMBER), pairing ACTIVE",
      actor: MENTOR,
      scope: pairingScope({ membership: membership("MEMBER") }),
      expected: PARTICIPANT_ACTIVE,
    },
    {
      name: "mentee (MEMBER), pairing ACTIVE",
      actor: MENTEE,
      scope: pairingScope({ membership: membership("MEMBER") }),
      expected: PARTICIPANT_ACTIVE,
    },
    {
      name: "mentor, pairing COMPLETED",
      actor: MENTOR,
      scope: pairingScope({ membership: membership("MEMBER"), state: "COMPLETED" }),
      expected: PARTICIPANT_READ_ONLY,
    },
    {
      name: "mentee, pairing ENDED",
      actor: MENTEE,
      scope: pairingScope({ membership: membership("MEMBER"), state: "ENDED" }),
      expected: PARTICIPANT_READ_ONLY,
    },
    {
      name: "mentee, pairing in an unknown state",
      actor: MENTEE,
      scope: pairingScope({ membership: membership("MEMBER"), state: "active" }),
      expected: PARTICIPANT_READ_ONLY,
    },
    {
      name: "mentor who is muted in the group, pairing ACTIVE",
      actor: MENTOR,
      scope: pairingScope({ membership: membership("MEMBER", "ACTIVE", new Date(NOW.getTime() + HOUR)) }),
      expected: PARTICIPANT_ACTIVE,
    },
    {
      name: "mentor who left the group (no membership)",
      actor: MENTOR,
      scope: pairingScope({ membership: null }),
      expected: [],
    },
    {
      name: "mentee whose membership is PENDING",
      actor: MENTEE,
      scope: pairingScope({ membership: membership("MEMBER", "PENDING") }),
      expected: [],
    },
    {
      name: "mentee whose membership is DECLINED",
      actor: MENTEE,
      scope: pairingScope({ membership: membership("MEMBER", "DECLINED") }),
      expected: [],
    },
    {
      name: "mentor who was BANNED from the group",
      actor: MENTOR,
      scope: pairingScope({ membership: membership("MEMBER", "BANNED") }),
      expected: [],
    },
    {
      name: "mentor, group archived",
      actor: MENTOR,
      scope: pairingScope({ membership: membership("MEMBER"), archived: true }),
      expected: [],
    },
    {
      name: "group ADMIN, not a participant",
      actor: OTHER,
      scope: pairingScope({ membership: membership("ADMIN") }),
      expected: ["pairing.progress"],
    },
    {
      name: "group OWNER, not a participant",
      actor: OTHER,
      scope: pairingScope({ membership: membership("OWNER") }),
      expected: ["pairing.progress"],
    },
    {
      name: "group ADMIN, not a participant, pairing ENDED",
      actor: OTHER,
      scope: pairingScope({ membership: membership("ADMIN"), state: "ENDED" }),
      expected: ["pairing.progress"],
    },
    {
      name: "group MODERATOR, not a participant",
      actor: OTHER,
      scope: pairingScope({ membership: membership("MODERATOR") }),
      expected: [],
    },
    {
      name: "group MEMBER, not a participant",
      actor: OTHER,
      scope: pairingScope({ membership: membership("MEMBER") }),
      expected: [],
    },
    { name: "signed-in non-member", actor: OTHER, scope: pairingScope({ membership: null }), expected: [] },
    {
      name: "BANNED former ADMIN, not a participant",
      actor: OTHER,
      scope: pairingScope({ membership: membership("ADMIN", "BANNED") }),
      expected: [],
    },
    {
      name: "PENDING ADMIN-role row, not a participant",
      actor: OTHER,
      scope: pairingScope({ membership: membership("ADMIN", "PENDING") }),
      expected: [],
    },
    {
      name: "group ADMIN, not a participant, group archived",
      actor: OTHER,
      scope: pairingScope({ membership: membership("ADMIN"), archived: true }),
      expected: [],
    },
    {
      name: "group ADMIN who is the mentor",
      actor: MENTOR,
      scope: pairingScope({ membership: membership("ADMIN") }),
      expected: [...PARTICIPANT_ACTIVE, "pairing.progress"],
    },
    { name: "anonymous", actor: null, scope: pairingScope({ membership: null }), expected: [] },
    {
      name: "anonymous, with an ADMIN membership in the scope",
      actor: null,
      scope: pairingScope({ membership: membership("ADMIN") }),
      expected: [],
    },
  ])("$name", ({ actor, scope, expected }) => {
    for (const permission of PAIRING_PERMISSIONS) {
      expect({ permission, allowed: can(actor, permission, scope, NOW) }).toEqual({
        permission,
        allowed: expected.includes(permission),
      });
    }
    expect(canSee(actor, scope, NOW)).toBe(expected.includes("pairing.read") || expected.includes("pairing.progress"));
  });

  it.each([...GROUP_PERMISSIONS, "", "thread.delete", "pairing.*"])(
    "%j is not a pairing permission → false even for a participant who is the group OWNER",
    (permission) => {
      expect(can(MENTOR, permission, pairingScope({ membership: membership("OWNER") }), NOW)).toBe(false);
    },
  );

  // Fail-closed: a participant whose ACTIVE membership has an unknown role gets nothing.
  it("a participant whose ACTIVE membership has an unknown role gets nothing (fail-closed)", () => {
    const scope = pairingScope({ membership: membership("SUPERADMIN") });
    expect(PAIRING_PERMISSIONS.filter((p) => can(MENTOR, p, scope, NOW))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

function thrownCode(fn: () => void): ErrorCode | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("assertCan", () => {
  const hidden = (overrides: Partial<Omit<GroupScope, "kind">> = {}) =>
    groupScope({ privacy: "PRIVATE", visibility: "HIDDEN", ...overrides });

  it.each<{ name: string; actor: Actor; permission: Permission; scope: Scope; expected: ErrorCode | null }>([
    {
      name: "signed-in visitor of a HIDDEN group, group.read",
      actor: ME,
      permission: "group.read",
      scope: hidden(),
      expected: "NOT_FOUND",
    },
    {
      name: "signed-in visitor of a HIDDEN group, posts.read",
      actor: ME,
      permission: "posts.read",
      scope: hidden(),
      expected: "NOT_FOUND",
    },
    {
      name: "anonymous visitor of a HIDDEN group, posts.create",
      actor: null,
      permission: "posts.create",
      scope: hidden(),
      expected: "NOT_FOUND",
    },
    {
      name: "anonymous invitee of a HIDDEN group, group.read",
      actor: null,
      permission: "group.read",
      scope: hidden({ invited: true }),
      expected: "NOT_FOUND",
    },
    {
      name: "invitee of a HIDDEN group, group.read",
      actor: ME,
      permission: "group.read",
      scope: hidden({ invited: true }),
      expected: null,
    },
    {
      name: "invitee of a HIDDEN group, posts.read",
      actor: ME,
      permission: "posts.read",
      scope: hidden({ invited: true }),
      expected: "FORBIDDEN",
    },
    {
      name: "anonymous on a PUBLIC group, posts.create",
      actor: null,
      permission: "posts.create",
      scope: groupScope(),
      expected: "UNAUTHENTICATED",
    },
    {
      name: "anonymous on a PRIVATE VISIBLE group, posts.read",
      actor: null,
      permission: "posts.read",
      scope: groupScope({ privacy: "PRIVATE" }),
      expected: "UNAUTHENTICATED",
    },
    {
      name: "anonymous on a PUBLIC group, posts.read",
      actor: null,
      permission: "posts.read",
      scope: groupScope(),
      expected: null,
    },
    {
      name: "signed-in non-member on a PUBLIC group, posts.create",
      actor: ME,
      permission: "posts.create",
      scope: groupScope(),
      expected: "FORBIDDEN",
    },
    {
      name: "MEMBER wanting group.update",
      actor: ME,
      permission: "group.update",
      scope: groupScope({ membership: membership("MEMBER") }),
      expected: "FORBIDDEN",
    },
    {
      name: "MEMBER posting",
      actor: ME,
      permission: "posts.create",
      scope: groupScope({ membership: membership("MEMBER") }),
      expected: null,
    },
    {
      name: "ADMIN updating the group",
      actor: ME,
      permission: "group.update",
      scope: groupScope({ membership: membership("ADMIN") }),
      expected: null,
    },
    {
      name: "muted MEMBER posting",
      actor: ME,
      permission: "posts.create",
      scope: groupScope({ membership: membership("MEMBER", "ACTIVE", new Date(NOW.getTime() + HOUR)) }),
      expected: "FORBIDDEN",
    },
    {
      name: "BANNED member reading a PUBLIC group",
      actor: ME,
      permission: "posts.read",
      scope: groupScope({ membership: membership("MEMBER", "BANNED") }),
      expected: "NOT_FOUND",
    },
    {
      name: "ADMIN reading an archived group",
      actor: ME,
      permission: "group.read",
      scope: groupScope({ archived: true, membership: membership("ADMIN") }),
      expected: "NOT_FOUND",
    },
    {
      name: "OWNER updating an archived group",
      actor: ME,
      permission: "group.update",
      scope: groupScope({ archived: true, membership: membership("OWNER") }),
      expected: "FORBIDDEN",
    },
    {
      name: "admin of a pairing's group asking thread.read",
      actor: OTHER,
      permission: "thread.read",
      scope: pairingScope({ membership: membership("ADMIN") }),
      expected: "FORBIDDEN",
    },
    {
      name: "admin of a pairing's group asking pairing.progress",
      actor: OTHER,
      permission: "pairing.progress",
      scope: pairingScope({ membership: membership("ADMIN") }),
      expected: null,
    },
    {
      name: "MEMBER non-participant asking pairing.read",
      actor: OTHER,
      permission: "pairing.read",
      scope: pairingScope({ membership: membership("MEMBER") }),
      expected: "NOT_FOUND",
    },
    {
      name: "anonymous asking pairing.read",
      actor: null,
      permission: "pairing.read",
      scope: pairingScope({ membership: null }),
      expected: "NOT_FOUND",
    },
    {
      name: "mentee reading the thread",
      actor: MENTEE,
      permission: "thread.read",
      scope: pairingScope({ membership: membership("MEMBER") }),
      expected: null,
    },
    {
      name: "mentee writing in an ENDED pairing",
      actor: MENTEE,
      permission: "thread.write",
      scope: pairingScope({ membership: membership("MEMBER"), state: "ENDED" }),
      expected: "FORBIDDEN",
    },
    {
      name: "mentor who left the group reading the thread",
      actor: MENTOR,
      permission: "thread.read",
      scope: pairingScope({ membership: null }),
      expected: "NOT_FOUND",
    },
  ])("$name → $expected", ({ actor, permission, scope, expected }) => {
    expect(thrownCode(() => assertCan(actor, permission, scope, NOW))).toBe(expected);
  });

  it("throws an AppError carrying the HTTP status of its code", () => {
    const run = (actor: Actor, permission: Permission, scope: Scope) => {
      try {
        assertCan(actor, permission, scope, NOW);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const notFound = run(ME, "group.read", hidden());
    expect(notFound).toBeInstanceOf(AppError);
    expect((notFound as AppError).status).toBe(404);
    expect((run(null, "posts.create", groupScope()) as AppError).status).toBe(401);
    expect((run(ME, "group.update", groupScope({ membership: membership("MEMBER") })) as AppError).status).toBe(403);
  });
});

describe("isAuthor", () => {
  it.each<{ name: string; actor: Actor; authorId: string; expected: boolean }>([
    { name: "the author", actor: { id: "u1" }, authorId: "u1", expected: true },
    { name: "someone else", actor: { id: "u2" }, authorId: "u1", expected: false },
    { name: "an id differing only in case", actor: { id: "U1" }, authorId: "u1", expected: false },
    { name: "a prefix of the author's id", actor: { id: "u" }, authorId: "u1", expected: false },
    { name: "anonymous", actor: null, authorId: "u1", expected: false },
  ])("$name → $expected", ({ actor, authorId, expected }) => {
    expect(isAuthor(actor, { authorId })).toBe(expected);
  });
});
