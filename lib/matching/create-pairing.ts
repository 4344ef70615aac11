import "server-only";
import type { Tx } from "@/lib/db";
import { conflict, msg } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import type { ProgramContext } from "@/lib/programs/scope";
import { readRules, type BrokenRule, type MatchingRules } from "./rules";
import { brokenRules } from "./scoring";

export type LockedApplication = {
  id: string;
  userId: string;
  role: "MENTOR" | "MENTEE";
  state: string;
  capacity: number | null;
  name: string;
  member: boolean;
  /** What the program's hard rules read. */
  topics: string[];
  languages: string[];
  timeZone: string | null;
};

// The program's rules, read once per transaction (a cohort makes many pairs in one), with the locked rows.
const rulesRead = new WeakMap<Tx, Promise<MatchingRules>>();
function rulesOf(tx: Tx, programId: string): Promise<MatchingRules> {
  let rules = rulesRead.get(tx);
  if (!rules) {
    rules = tx.program
      .findUniqueOrThrow({ where: { id: programId }, select: { matchingRules: true } })
      .then((p) => readRules(p.matchingRules));
    rulesRead.set(tx, rules);
  }
  return rules;
}

/**
 * Takes the row locks of the given applications of this program, in id order (so two admins' transactions never
 * deadlock), and reads what matching checks: role, state, capacity, name and whether the person is still an active
 * member of the group. Ids of other programs are simply not returned.
 */
export async function lockApplications(
  tx: Tx,
  context: ProgramContext,
  ids: string[],
): Promise<Map<string, LockedApplication>> {
  await lockMembers(tx, context, ids);
  const rows = await tx.$queryRaw<(LockedApplication & { rules: unknown })[]>`
    SELECT a.id, a."userId", a.role::text AS role, a.state::text AS state, a.capacity, u.name, a.topics, a.languages,
      a."timeZone", (SELECT p."matchingRules" FROM "Program" p WHERE p.id = a."programId") AS rules,
      EXISTS (SELECT 1 FROM "Membership" m
              WHERE m."groupId" = ${context.group.id} AND m."userId" = a."userId" AND m.status = 'ACTIVE') AS member
    FROM "Application" a JOIN "User" u ON u.id = a."userId"
    WHERE a.id = ANY(${[...new Set(ids)]}) AND a."programId" = ${context.program.id}
    ORDER BY a.id
    FOR UPDATE OF a`;
  // The program's rules come with the rows: no extra round trip while the locks are held.
  if (rows[0]) rulesRead.set(tx, Promise.resolve(readRules(rows[0].rules)));
  return new Map(rows.map(({ rules: _rules, ...row }) => [row.id, row]));
}

/** Share-locks the memberships of the applicants given: the first lock of every matching write, as a departure's
 * DELETE or ban is the first of its own, so the two go one after the other. */
export async function lockMembers(tx: Tx, context: ProgramContext, ids: string[]): Promise<void> {
  await tx.$queryRaw`
    SELECT m.id FROM "Membership" m
    WHERE m."groupId" = ${context.group.id}
      AND m."userId" IN (SELECT a."userId" FROM "Application" a
                         WHERE a.id = ANY(${[...new Set(ids)]}) AND a."programId" = ${context.program.id})
    ORDER BY m.id
    FOR SHARE`;
}

/** Pairs are made while a program is open or running, in a group with mentorship on. */
export function assertCanMatch(context: ProgramContext): void {
  const { program, group } = context;
  if (program.archivedAt || program.state === "CLOSED" || program.state === "DRAFT")
    throw conflict(msg("errors.matching.programNotMatching"));
  if (!group.mentorshipEnabled) throw conflict(msg("errors.programs.mentorshipOff"));
}

export type PairInput = {
  menteeApplicationId: string;
  mentorApplicationId: string;
  introduction: string;
  /** The admin matches by hand against the program's hard rules, knowingly; recorded in the audit (decision 031). */
  overrideRules?: boolean;
};

const asProfile = (a: LockedApplication) => ({ ...a, applicationId: a.id, cadence: null, text: "" });

/** The first rule broken, in words the error message can say. */
function ruleValues(rule: BrokenRule, mentee: LockedApplication, mentor: LockedApplication) {
  const names = { mentee: mentee.name, mentor: mentor.name, rule: rule.rule };
  if (rule.rule === "maxHoursApart") return { ...names, hours: rule.hours, max: rule.max, topics: "" };
  if (rule.rule === "requiredTopics") return { ...names, hours: 0, max: 0, topics: rule.items.join(", ") };
  return { ...names, hours: 0, max: 0, topics: "" };
}

/**
 * Creates one pairing, its thread, the introduction as the thread's first message, both applications' MATCHED state,
 * the audit event and both people's notifications, inside the caller's transaction, which must already hold the
 * rows' locks (`lockApplications`). Every rule is checked again here, on the locked rows: a mentor never exceeds
 * their capacity and a mentee never has two active pairings (the partial unique index says so too).
 */
export async function createPairing(
  tx: Tx,
  context: ProgramContext,
  actorId: string,
  locked: Map<string, LockedApplication>,
  input: PairInput,
  notice: { menteeMoved?: boolean } = {},
): Promise<{ pairingId: string; threadId: string; mentee: LockedApplication; mentor: LockedApplication }> {
  const { program, group } = context;
  const menteeRow = locked.get(input.menteeApplicationId);
  const mentorRow = locked.get(input.mentorApplicationId);
  const mentee = menteeRow?.role === "MENTEE" ? menteeRow : undefined;
  const mentor = mentorRow?.role === "MENTOR" ? mentorRow : undefined;
  if (!mentee || !mentor) throw conflict(msg("errors.matching.chooseApproved"));
  if (mentee.userId === mentor.userId) throw conflict(msg("errors.matching.selfMentor"));
  if (!mentee.member || !mentor.member)
    throw conflict(msg("errors.matching.noLongerMember", { name: !mentee.member ? mentee.name : mentor.name }));
  if (mentee.state === "MATCHED") throw conflict(msg("errors.matching.alreadyHasMentor", { name: mentee.name }));
  if (mentee.state !== "APPROVED") throw conflict(msg("errors.matching.approveFirst", { name: mentee.name }));
  if (mentor.state !== "APPROVED" && mentor.state !== "MATCHED")
    throw conflict(msg("errors.matching.approveFirst", { name: mentor.name }));

  // The hard rules bind a hand match too, unless the admin overrides them knowingly (then the audit says so).
  const broken = brokenRules(asProfile(mentee), asProfile(mentor), await rulesOf(tx, program.id));
  if (broken.length && !input.overrideRules)
    throw conflict(msg("errors.matching.breaksRule", ruleValues(broken[0]!, mentee, mentor)));

  const capacity = mentor.capacity ?? program.defaultMentorCapacity;
  const active = await tx.pairing.count({ where: { mentorApplicationId: mentor.id, state: "ACTIVE" } });
  if (active >= capacity) throw conflict(msg("errors.matching.mentorFull", { name: mentor.name, active, capacity }));

  const pairing = await tx.pairing.create({
    data: {
      programId: program.id,
      mentorApplicationId: mentor.id,
      menteeApplicationId: mentee.id,
      mentorId: mentor.userId,
      menteeId: mentee.userId,
      introduction: input.introduction,
      createdById: actorId,
      thread: {
        create: {
          messages: {
            create: { clientId: "introduction", authorId: actorId, kind: "INTRODUCTION", body: input.introduction },
          },
        },
      },
    },
    select: { id: true, thread: { select: { id: true } } },
  });
  await tx.application.updateMany({ where: { id: { in: [mentee.id, mentor.id] } }, data: { state: "MATCHED" } });
  mentee.state = "MATCHED";
  mentor.state = "MATCHED";
  await recordAudit(tx, {
    groupId: group.id,
    actorId,
    action: "pairing.create",
    targetType: "pairing",
    targetId: pairing.id,
    data: {
      program: program.name,
      mentor: mentor.name,
      mentee: mentee.name,
      ...(broken.length ? { overriddenRules: broken.map((b) => b.rule) } : {}),
    },
  });
  const url = `/groups/${group.slug}/mentorship/${program.id}`;
  for (const [who, other, role] of [
    [mentee, mentor, "MENTOR"],
    [mentor, mentee, "MENTEE"],
  ] as const)
    await notify(tx, {
      recipients: [who.userId],
      kind: "pairing.matched",
      groupId: group.id,
      message: {
        key: "matched",
        values: {
          role,
          name: other.name,
          program: program.name,
          moved: who === mentee && notice.menteeMoved ? "yes" : "no",
        },
      },
      url,
      dedupeKey: `pairing-matched:${pairing.id}:${who.userId}`,
    });
  return { pairingId: pairing.id, threadId: pairing.thread!.id, mentee, mentor };
}
