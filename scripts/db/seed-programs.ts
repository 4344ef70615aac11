/**
 * Demo mentorship: mentorship switched on in some groups, programs in every state built from the same templates
 * the app uses, applications of both roles in every state, and a few pairings with their thread and introduction.
 * Every application's answers pass the schema built from its program's questions, or the seed throws: the demo
 * data can never drift from what the app accepts.
 */
import type { Prisma, PrismaClient } from "../../lib/db/generated/client";
import {
  buildAnswersSchema,
  deriveApplicationFields,
  type Answer,
  type Answers,
  type QuestionConfig,
} from "../../lib/programs/question-schema";
import { acceptsApplications } from "../../lib/programs/state-machine";
import { TEMPLATES } from "../../lib/programs/templates";
import { formatMessage } from "../../lib/i18n/format-message";
import { issueMessage } from "../../lib/i18n/zod-messages";
import {
  MENTORSHIP_GROUPS,
  PROGRAMS,
  WATCHES,
  type ApplicationSpec,
  type PairingSpec,
  type ProgramSpec,
} from "./seed-programs-data";

type Cast = Record<string, { id: string; name: string }>;
type Profile = { timeZone: string; languages: string[] };
type Group = { id: string; slug: string; ownerId: string; members: Set<string> };

const days = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000);
const DECIDED = new Set(["APPROVED", "MATCHED", "WAITLISTED", "DECLINED"]);
const DECISION_AUDIT: Record<string, string> = {
  APPROVED: "approve",
  MATCHED: "approve",
  WAITLISTED: "waitlist",
  DECLINED: "decline",
};
/** The audit action of each date in a program's timeline, and how far each state's timeline goes. */
const PROGRAM_EVENTS = ["create", "open", "start", "close", "archive"];
const TIMELINE_LENGTH = { DRAFT: 1, OPEN: 2, RUNNING: 3, CLOSED: 4 };

export async function seedPrograms(db: PrismaClient, cast: Cast): Promise<void> {
  const person = (key: string) => cast[key] ?? fail(`Unknown person "${key}".`);
  const profiles = new Map<string, Profile>(
    (
      await db.user.findMany({
        where: { id: { in: Object.values(cast).map((p) => p.id) } },
        select: { id: true, timeZone: true, languages: true },
      })
    ).map((u) => [u.id, u]),
  );
  const groups = await loadGroups(db);
  const group = (slug: string) => groups.get(slug) ?? fail(`Unknown group "${slug}".`);
  const audit: Prisma.AuditEventCreateManyInput[] = [];

  await db.group.updateMany({ where: { slug: { in: MENTORSHIP_GROUPS } }, data: { mentorshipEnabled: true } });
  for (const slug of MENTORSHIP_GROUPS) {
    const g = group(slug);
    audit.push({
      groupId: g.id,
      actorId: g.ownerId,
      action: "mentorship.enable",
      targetType: "group",
      targetId: g.id,
      createdAt: days(250),
    });
  }
  await db.programWatch.createMany({
    data: WATCHES.map(([slug, who]) => ({ groupId: group(slug).id, userId: person(who).id })),
  });

  for (const spec of PROGRAMS) {
    const g = group(spec.group);
    if (!MENTORSHIP_GROUPS.includes(spec.group)) fail(`${spec.name}: mentorship is off in ${spec.group}.`);
    if (spec.timeline.length !== TIMELINE_LENGTH[spec.state] + (spec.archived ? 1 : 0))
      fail(`${spec.name}: the timeline does not fit a ${spec.state} program.`);
    const open = acceptsApplications(
      { ...spec, acceptWhileRunning: !!spec.acceptWhileRunning, archived: !!spec.archived },
      true,
    );
    const template = TEMPLATES[spec.template];
    const [createdAt, openedAt, startedAt, closedAt, archivedAt] = spec.timeline.map(days);
    const creator = person(spec.createdBy);
    const program = await db.program.create({
      data: {
        groupId: g.id,
        createdById: creator.id,
        template: spec.template,
        name: spec.name,
        description: spec.description ?? template.description,
        audience: template.audience,
        lengthWeeks: template.lengthWeeks,
        defaultMentorCapacity: template.defaultMentorCapacity,
        acceptWhileRunning: spec.acceptWhileRunning ?? false,
        topics: spec.topics,
        state: spec.state,
        createdAt,
        openedAt: openedAt ?? null,
        startedAt: startedAt ?? null,
        closedAt: closedAt ?? null,
        archivedAt: spec.archived ? (archivedAt ?? fail(`${spec.name}: archived when?`)) : null,
        steps: {
          createMany: {
            data: template.steps.map((s, position) => ({ ...s, isGoalStep: s.isGoalStep ?? false, position })),
          },
        },
      },
    });
    const questions = await db.applicationQuestion.createManyAndReturn({
      data: (["MENTOR", "MENTEE"] as const).flatMap((role) =>
        template.questions[role].map((q, position) => ({ programId: program.id, role, position, ...q })),
      ),
    });
    spec.timeline.forEach((daysAgo, i) =>
      audit.push({
        groupId: g.id,
        actorId: creator.id,
        action: `program.${PROGRAM_EVENTS[i]}`,
        targetType: "program",
        targetId: program.id,
        data: { program: spec.name },
        createdAt: days(daysAgo),
      }),
    );

    const rows = spec.applications.map((a, i) => {
      const user = person(a.who);
      if (!g.members.has(user.id) || user.id === g.ownerId)
        fail(`${spec.name}: ${a.who} is not an active member (other than the owner) of ${spec.group}.`);
      if (spec.state === "DRAFT") fail(`${spec.name}: a draft program takes no applications.`);
      // Programs here do not allow both roles: one application per person.
      if (spec.applications.findIndex((other) => other.who === a.who) !== i)
        fail(`${spec.name}: ${a.who} applied twice.`);
      if ((a.state === "DRAFT" || a.state === "PENDING") && !open)
        fail(`${spec.name}: ${a.who}'s application is ${a.state} but the program takes no applications.`);
      const ofRole = questions.filter((q) => q.role === a.role);
      const answers = validAnswers(spec, a, ofRole, profiles.get(user.id)!);
      const decided = DECIDED.has(a.state);
      const decider = person(a.decidedBy ?? spec.createdBy);
      if (decided && decider.id === user.id) fail(`${spec.name}: ${a.who} cannot decide on their own application.`);
      if (a.role === "MENTOR" && !(a.capacity && a.capacity >= 1 && a.capacity <= 10))
        fail(`${spec.name}: ${a.who} needs a mentor capacity from 1 to 10.`);
      return {
        programId: program.id,
        userId: user.id,
        role: a.role,
        state: a.state,
        answers: answers as Prisma.InputJsonObject,
        ...deriveApplicationFields(ofRole, answers),
        capacity: a.role === "MENTOR" ? a.capacity! : null,
        createdAt: days(a.daysAgo),
        submittedAt: a.state === "DRAFT" ? null : days(a.daysAgo),
        decidedAt: decided ? days(Math.max(a.daysAgo - 2, 0)) : null,
        decidedById: decided ? decider.id : null,
        decisionMessage: decided ? (a.message ?? null) : null,
        withdrawnAt: a.state === "WITHDRAWN" ? days(Math.max(a.daysAgo - 1, 0)) : null,
      };
    });
    const applications = await db.application.createManyAndReturn({ data: rows });
    for (const a of applications) {
      if (!a.decidedAt || !a.decidedById) continue;
      const name = Object.values(cast).find((p) => p.id === a.userId)!.name;
      audit.push({
        groupId: g.id,
        actorId: a.decidedById,
        action: `application.${DECISION_AUDIT[a.state]}`,
        targetType: "application",
        targetId: a.id,
        data: { userId: a.userId, name, role: a.role, program: spec.name },
        createdAt: a.decidedAt,
      });
    }

    const applicationOf = (who: string, role: "MENTOR" | "MENTEE") =>
      applications.find((a) => a.userId === person(who).id && a.role === role) ??
      fail(`${spec.name}: ${who} has no ${role} application.`);
    checkPairings(spec, applicationOf);
    for (const p of spec.pairings) {
      const pairingStart = startedAt ?? fail(`${spec.name}: only a started program has pairings.`);
      const mentor = applicationOf(p.mentor, "MENTOR");
      const mentee = applicationOf(p.mentee, "MENTEE");
      await db.pairing.create({
        data: {
          programId: program.id,
          mentorApplicationId: mentor.id,
          menteeApplicationId: mentee.id,
          mentorId: mentor.userId,
          menteeId: mentee.userId,
          introduction: p.introduction,
          createdById: creator.id,
          state: spec.state === "CLOSED" ? "COMPLETED" : "ACTIVE",
          startedAt: pairingStart,
          lastActivityAt: pairingStart,
          completedAt: spec.state === "CLOSED" ? (closedAt ?? null) : null,
          createdAt: pairingStart,
          thread: {
            create: {
              lastMessageAt: pairingStart,
              createdAt: pairingStart,
              messages: {
                create: {
                  clientId: "introduction",
                  authorId: creator.id,
                  kind: "INTRODUCTION",
                  body: p.introduction,
                  createdAt: pairingStart,
                },
              },
            },
          },
        },
      });
    }
  }
  await db.auditEvent.createMany({ data: audit });
}

/** Answers built per question kind from the spec and the person's profile, then validated as the app does. */
function validAnswers(spec: ProgramSpec, a: ApplicationSpec, questions: QuestionConfig[], profile: Profile): Answers {
  const raw: Record<string, Answer> = {};
  for (const q of questions) {
    const answer = answerFor(q, a, profile);
    if (answer !== undefined) raw[q.id] = answer;
  }
  // A draft is saved with whatever is filled in; a submission must answer every required question.
  const asked = a.state === "DRAFT" ? questions.map((q) => ({ ...q, required: false })) : questions;
  const parsed = buildAnswersSchema(asked, { topics: spec.topics }).safeParse(raw);
  if (!parsed.success) {
    // Issues name catalogue keys (decision 024): written out in English for whoever runs the seed.
    const issues = parsed.error.issues.map(
      (i) => `${questions.find((q) => q.id === i.path[0])?.label}: ${formatMessage(issueMessage(i), "en")}`,
    );
    fail(`${spec.name}: ${a.who}'s ${a.role} answers are invalid (${issues.join("; ")}).`);
  }
  return parsed.data;
}

function answerFor(q: QuestionConfig, a: ApplicationSpec, profile: Profile): Answer | undefined {
  switch (q.kind) {
    case "SHORT_TEXT":
    case "LONG_TEXT":
      return a.story;
    case "SINGLE_CHOICE":
      return q.options[0];
    case "MULTIPLE_CHOICE":
      return q.options.slice(0, 1);
    case "TOPICS":
      return a.topics;
    case "LANGUAGES":
      return profile.languages.slice(0, q.maxChoices ?? undefined);
    case "AVAILABILITY":
      return a.cadence && { timeZone: profile.timeZone, cadence: a.cadence };
  }
}

/** The pairing invariants of DESIGN.md: distinct people, matched applications, one pair per mentee, capacity. */
function checkPairings(
  spec: ProgramSpec,
  applicationOf: (who: string, role: "MENTOR" | "MENTEE") => { id: string; state: string; capacity: number | null },
) {
  const paired = new Set<string>();
  for (const p of spec.pairings) {
    if (p.mentor === p.mentee) fail(`${spec.name}: ${p.mentor} cannot mentor themselves.`);
    if (paired.has(p.mentee)) fail(`${spec.name}: ${p.mentee} is paired twice.`);
    paired.add(p.mentee);
    const mentor = applicationOf(p.mentor, "MENTOR");
    const taken = spec.pairings.filter((other: PairingSpec) => other.mentor === p.mentor).length;
    if (taken > (mentor.capacity ?? 0)) fail(`${spec.name}: ${p.mentor} has more mentees than their capacity.`);
    if (mentor.state !== "MATCHED" || applicationOf(p.mentee, "MENTEE").state !== "MATCHED")
      fail(`${spec.name}: ${p.mentor} and ${p.mentee} must both be MATCHED.`);
  }
  for (const a of spec.applications)
    if (a.state === "MATCHED" && !spec.pairings.some((p) => p[a.role === "MENTOR" ? "mentor" : "mentee"] === a.who))
      fail(`${spec.name}: ${a.who} is MATCHED without a pairing.`);
}

async function loadGroups(db: PrismaClient): Promise<Map<string, Group>> {
  const rows = await db.group.findMany({
    select: {
      id: true,
      slug: true,
      memberships: { where: { status: "ACTIVE" }, select: { userId: true, role: true } },
    },
  });
  return new Map(
    rows.map((g) => [
      g.slug,
      {
        id: g.id,
        slug: g.slug,
        ownerId: g.memberships.find((m) => m.role === "OWNER")?.userId ?? fail(`${g.slug} has no owner.`),
        members: new Set(g.memberships.map((m) => m.userId)),
      },
    ]),
  );
}

function fail(message: string): never {
  throw new Error(`Demo seed: ${message}`);
}
