import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seed } from "../../scripts/db/seed";
import { verifyPassword } from "@/lib/auth/password";
import { buildAnswersSchema, deriveApplicationFields } from "@/lib/programs/question-schema";
import { APPLICATION_STATES } from "@/lib/programs/state-machine";
import { TEMPLATES } from "@/lib/programs/templates";
import { PROGRAMS } from "../../scripts/db/seed-programs-data";
import { COHORT_GROUP, COHORT_MENTOR_CAPACITY, COHORT_NAME } from "../../scripts/db/seed-matching";
import { draftCohort } from "@/lib/matching/draft-cohort";
import { loadCandidates } from "@/lib/matching/candidates";
import { getProgramDashboard } from "@/lib/pairings/get-dashboard";
import { getPairSpace } from "@/lib/pairings/get-pair-space";
import { unreadByThread } from "@/lib/chat/mark-read";

describe("demo seed", () => {
  it("builds believable groups of every privacy with members of every role", async () => {
    await seed(db);
    const groups = await db.group.findMany({ select: { slug: true, privacy: true, visibility: true } });
    expect(groups.length).toBeGreaterThanOrEqual(6);
    expect(new Set(groups.map((g) => `${g.privacy}/${g.visibility}`))).toEqual(
      new Set(["PUBLIC/VISIBLE", "PRIVATE/VISIBLE", "PRIVATE/HIDDEN"]),
    );
    // A hidden demo group lives at an unguessable address, as the service would give it (issue 17).
    const hidden = groups.filter((g) => g.visibility === "HIDDEN").map((g) => g.slug);
    expect(hidden).toEqual([expect.stringMatching(/^after-the-storm-[0-9a-z]{10}$/)]);
    const roles = await db.membership.groupBy({ by: ["role"], where: { status: "ACTIVE" }, _count: true });
    expect(roles.map((r) => r.role).sort()).toEqual(["ADMIN", "MEMBER", "MODERATOR", "OWNER"]);
    expect(await db.membership.count({ where: { status: "PENDING" } })).toBeGreaterThan(0);
    expect(await db.post.count({ where: { status: "PUBLISHED" } })).toBeGreaterThanOrEqual(8);
    expect(await db.post.count({ where: { pinnedAt: { not: null } } })).toBeGreaterThan(0);
    expect(await db.comment.count({ where: { parentId: { not: null } } })).toBeGreaterThan(0);
    expect(await db.reaction.count()).toBeGreaterThan(0);
    expect(await db.report.count({ where: { status: "OPEN" } })).toBeGreaterThan(0);
  });

  it("lets every demo account sign in with the published password", async () => {
    await seed(db);
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });
});

describe("demo mentorship seed", () => {
  it("switches mentorship on in some groups and builds programs in every state from the templates", async () => {
    await seed(db);
    const groups = await db.group.findMany({ select: { id: true, mentorshipEnabled: true } });
    expect(groups.filter((g) => g.mentorshipEnabled).length).toBeGreaterThanOrEqual(2);
    expect(groups.some((g) => !g.mentorshipEnabled)).toBe(true);

    const programs = await db.program.findMany({
      include: {
        group: { select: { mentorshipEnabled: true } },
        steps: { orderBy: { position: "asc" } },
        questions: { orderBy: { position: "asc" } },
        _count: { select: { applications: true } },
      },
    });
    expect(new Set(programs.map((p) => p.state))).toEqual(new Set(["DRAFT", "OPEN", "RUNNING", "CLOSED"]));
    expect(programs.some((p) => p.state === "RUNNING" && p.acceptWhileRunning)).toBe(true);
    expect(programs.some((p) => p.state === "CLOSED" && p.archivedAt)).toBe(true);
    expect(programs.some((p) => p.state === "CLOSED" && !p.archivedAt)).toBe(true);
    expect(programs.filter((p) => p.archivedAt).every((p) => p.state === "CLOSED")).toBe(true);
    for (const p of programs) {
      const template = TEMPLATES[p.template];
      expect(p.group.mentorshipEnabled).toBe(true);
      expect(p.topics.length).toBeGreaterThanOrEqual(4);
      expect(p.steps.map((s) => [s.title, s.dueWeek, s.prompts])).toEqual(
        template.steps.map((s) => [s.title, s.dueWeek, s.prompts]),
      );
      for (const role of ["MENTOR", "MENTEE"] as const)
        expect(p.questions.filter((q) => q.role === role).map((q) => [q.kind, q.label, q.required])).toEqual(
          template.questions[role].map((q) => [q.kind, q.label, q.required]),
        );
      if (p.state === "DRAFT") expect(p._count.applications).toBe(0);
      if (p.state !== "DRAFT") expect(p.openedAt).not.toBeNull();
    }
  });

  it("seeds applications of both roles in every state, with answers the app would accept", async () => {
    await seed(db);
    const applications = await db.application.findMany({
      include: {
        program: {
          select: {
            topics: true,
            groupId: true,
            questions: { orderBy: { position: "asc" } },
            group: { select: { memberships: { where: { status: "ACTIVE" }, select: { userId: true, role: true } } } },
          },
        },
      },
    });
    for (const role of ["MENTOR", "MENTEE"] as const)
      expect(new Set(applications.filter((a) => a.role === role).map((a) => a.state))).toEqual(
        new Set(APPLICATION_STATES),
      );

    for (const a of applications) {
      const membership = a.program.group.memberships.find((m) => m.userId === a.userId);
      expect(membership, "applicants are active members").toBeDefined();
      expect(membership!.role).not.toBe("OWNER");
      if (a.role === "MENTOR") expect(a.capacity).toBeGreaterThanOrEqual(1);
      else expect(a.capacity).toBeNull();

      const questions = a.program.questions.filter((q) => q.role === a.role);
      // Drafts are saved with what is filled in; submissions answer every required question.
      const asked = a.state === "DRAFT" ? questions.map((q) => ({ ...q, required: false })) : questions;
      const parsed = buildAnswersSchema(asked, { topics: a.program.topics }).safeParse(a.answers);
      expect(parsed.error?.issues ?? [], `${a.id} answers`).toEqual([]);
      expect(parsed.data).toEqual(a.answers);
      const derived = deriveApplicationFields(questions, parsed.data!);
      expect({ topics: a.topics, languages: a.languages, timeZone: a.timeZone, cadence: a.cadence }).toEqual(derived);
      expect(a.submittedAt === null).toBe(a.state === "DRAFT");
      expect(a.decidedAt !== null).toBe(["APPROVED", "MATCHED", "WAITLISTED", "DECLINED"].includes(a.state));
    }
    expect(applications.filter((a) => a.state !== "DRAFT").every((a) => a.topics.length && a.timeZone)).toBe(true);
    // No program allows both roles, so each person applies once per program.
    const perPerson = new Set(applications.map((a) => `${a.programId}:${a.userId}`));
    expect(perPerson.size).toBe(applications.length);
  });

  it("pairs approved applicants within the mentorship invariants, each with a thread and the introduction", async () => {
    await seed(db);
    const pairings = await db.pairing.findMany({
      include: {
        mentorApplication: true,
        menteeApplication: true,
        program: {
          select: {
            state: true,
            startedAt: true,
            group: { select: { memberships: { where: { status: "ACTIVE" } } } },
          },
        },
        thread: { include: { messages: true } },
        checkIns: { select: { createdAt: true } },
      },
    });
    expect(pairings.filter((p) => p.state === "ACTIVE").length).toBeGreaterThanOrEqual(2);
    for (const p of pairings) {
      expect(p.mentorId).not.toBe(p.menteeId);
      expect(p.mentorApplication).toMatchObject({ userId: p.mentorId, role: "MENTOR" });
      expect(p.menteeApplication).toMatchObject({ userId: p.menteeId, role: "MENTEE" });
      if (p.state === "ENDED") {
        // Ended early: the mentee can be matched again (or waits on the list); the reason is kept for admins.
        expect(["APPROVED", "WAITLISTED"]).toContain(p.menteeApplication.state);
        expect(p.endReason).toBeTruthy();
        expect(p.endedAt).not.toBeNull();
      } else {
        expect([p.mentorApplication.state, p.menteeApplication.state]).toEqual(["MATCHED", "MATCHED"]);
      }
      expect([p.mentorApplication.programId, p.menteeApplication.programId]).toEqual([p.programId, p.programId]);
      const members = p.program.group.memberships.map((m) => m.userId);
      expect(members).toEqual(expect.arrayContaining([p.mentorId, p.menteeId]));
      expect(p.program.state === "RUNNING" ? ["ACTIVE", "COMPLETED", "ENDED"] : ["COMPLETED", "ENDED"]).toContain(
        p.state,
      );
      // Decision 015: the demo's pairs were matched once their programs had started, so each clock starts at the
      // match, and no check-in predates it.
      expect(p.program.startedAt, p.id).not.toBeNull();
      expect(p.startedAt.getTime()).toBeGreaterThanOrEqual(p.program.startedAt!.getTime());
      for (const c of p.checkIns) expect(c.createdAt.getTime()).toBeGreaterThanOrEqual(p.startedAt.getTime());
      // The thread opens with the admins' introduction; anything after it is the pair's own.
      const [first, ...rest] = [...p.thread!.messages].sort((a, b) => (a.seq < b.seq ? -1 : 1));
      expect(first).toEqual(
        expect.objectContaining({ kind: "INTRODUCTION", body: p.introduction, authorId: p.createdById }),
      );
      for (const m of rest) {
        expect(m.kind).toBe("TEXT");
        expect([p.mentorId, p.menteeId]).toContain(m.authorId);
      }
    }
    const active = pairings.filter((p) => p.state === "ACTIVE");
    for (const p of active) {
      const sameMentor = active.filter((o) => o.mentorApplicationId === p.mentorApplicationId);
      expect(sameMentor.length).toBeLessThanOrEqual(p.mentorApplication.capacity!);
      expect(active.filter((o) => o.programId === p.programId && o.menteeId === p.menteeId)).toHaveLength(1);
    }
    const matched = await db.application.findMany({ where: { state: "MATCHED" }, select: { id: true } });
    const paired = new Set(pairings.flatMap((p) => [p.mentorApplicationId, p.menteeApplicationId]));
    expect(matched.every((a) => paired.has(a.id))).toBe(true);
  });

  it("gives the demo accounts something to see: a member's pending and approved applications, a queue to review", async () => {
    await seed(db);
    // Lina's conversation with Diego waits with one unread message from him; Diego has read everything.
    const [lina, diego] = await Promise.all(
      ["lina@kinship.test", "diego@kinship.test"].map((email) => db.user.findUniqueOrThrow({ where: { email } })),
    );
    expect(Object.values(await unreadByThread(lina!.id))).toEqual([1]);
    expect(await unreadByThread(diego!.id)).toEqual({});
    const sam = await db.user.findUniqueOrThrow({ where: { email: "sam@kinship.test" } });
    const mine = await db.application.findMany({ where: { userId: sam.id }, select: { state: true } });
    expect(mine.map((a) => a.state)).toEqual(expect.arrayContaining(["PENDING", "APPROVED"]));

    const amara = await db.user.findUniqueOrThrow({ where: { email: "amara@kinship.test" } });
    const toReview = await db.application.count({
      where: {
        state: "PENDING",
        program: {
          group: { memberships: { some: { userId: amara.id, status: "ACTIVE", role: { in: ["OWNER", "ADMIN"] } } } },
        },
      },
    });
    expect(toReview).toBeGreaterThanOrEqual(2);
  });

  it("refuses to seed answers the app would refuse, so the demo data cannot drift", async () => {
    const application = PROGRAMS.flatMap((p) => p.applications).find((a) => a.state === "PENDING")!;
    const story = application.story;
    application.story = "Too short.";
    try {
      await expect(seed(db)).rejects.toThrow(/answers are invalid \(.*Write at least 20 characters/);
    } finally {
      application.story = story;
    }
  });

  it("leaves a cohort waiting to be matched: 30 approved mentees and 12 mentors with 3 places each", async () => {
    await seed(db);
    const program = await db.program.findFirstOrThrow({
      where: { name: COHORT_NAME },
      include: { group: true, _count: { select: { pairings: true } } },
    });
    expect(program.group).toMatchObject({ slug: COHORT_GROUP, mentorshipEnabled: true });
    expect(["OPEN", "RUNNING"]).toContain(program.state);
    expect(program.archivedAt).toBeNull();
    expect(program._count.pairings).toBe(0);

    // What the matching board reads: every applicant is an active member, nobody is matched, every place is free.
    const { mentees, mentors, exclusions } = await loadCandidates(db, program);
    expect(mentees).toHaveLength(30);
    expect(mentors.map((m) => [m.capacity, m.active, m.remaining])).toEqual(
      Array.from({ length: 12 }, () => [COHORT_MENTOR_CAPACITY, 0, COHORT_MENTOR_CAPACITY]),
    );
    expect(exclusions).toEqual([]);

    // Varied answers, so suggestions have something to weigh.
    const people = [...mentees, ...mentors];
    expect(new Set(people.map((p) => p.timeZone)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(people.flatMap((p) => p.languages)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(people.map((p) => p.cadence))).toEqual(new Set(["WEEKLY", "FORTNIGHTLY", "MONTHLY", "FLEXIBLE"]));
    expect(new Set(people.map((p) => p.text)).size).toBe(42);
    expect(new Set(mentees.map((p) => p.topics.length))).toEqual(new Set([1, 2, 3]));
    const covered = new Set(mentors.flatMap((m) => m.topics));
    expect(mentees.every((m) => m.topics.some((t) => covered.has(t)))).toBe(true);
  });

  it("lets the demo admin suggest a whole cohort for it right away, each pair explained", async () => {
    await seed(db);
    const amara = await db.user.findUniqueOrThrow({ where: { email: "amara@kinship.test" } });
    const program = await db.program.findFirstOrThrow({ where: { name: COHORT_NAME } });
    const draft = await draftCohort({ id: amara.id }, program.id);
    expect(draft.unmatched).toEqual([]);
    expect(draft.pairs).toHaveLength(30);
    const perMentor = new Map<string, number>();
    for (const p of draft.pairs) perMentor.set(p.mentorApplicationId, (perMentor.get(p.mentorApplicationId) ?? 0) + 1);
    expect(perMentor.size).toBeGreaterThanOrEqual(10);
    expect(Math.max(...perMentor.values())).toBeLessThanOrEqual(COHORT_MENTOR_CAPACITY);
    // Most pairs share a topic; the few who don't share the only language they speak, or a clock.
    expect(draft.pairs.every((p) => p.reasons.length >= 2)).toBe(true);
    expect(draft.pairs.filter((p) => p.reasons.some((r) => /shared topics?:/.test(r))).length).toBeGreaterThanOrEqual(
      20,
    );
    expect(new Set(draft.pairs.map((p) => p.score)).size).toBeGreaterThan(5);
    expect(draft.pairs.every((p) => p.introduction.includes(p.menteeName.split(" ")[0]!))).toBe(true);
  });

  it("shows pairs at every stage on the progress dashboard, and the demo pair halfway with a goal", async () => {
    await seed(db);
    const amara = await db.user.findUniqueOrThrow({ where: { email: "amara@kinship.test" } });
    const program = await db.program.findFirstOrThrow({ where: { name: "Soap school: spring cohort" } });
    const dashboard = await getProgramDashboard(amara, program.id);
    const pairs = dashboard.pairs;
    expect(pairs.filter((p) => p.state === "ACTIVE" && p.done === 0 && !p.stalled)).not.toHaveLength(0); // new
    expect(pairs.filter((p) => p.state === "ACTIVE" && p.done > 0 && p.done < p.total)).not.toHaveLength(0);
    expect(pairs.filter((p) => p.stalled)).toHaveLength(1);
    expect(pairs.filter((p) => p.state === "COMPLETED")).toHaveLength(2);
    expect(pairs.filter((p) => p.state === "ENDED")).toHaveLength(2);
    expect(dashboard.feedback.count).toBe(4);
    expect(dashboard.feedback.nps).not.toBeNull();
    expect(dashboard.weeks.some((w) => w.checkIns > 0)).toBe(true);

    const lina = await db.user.findUniqueOrThrow({ where: { email: "lina@kinship.test" } });
    const diego = await db.user.findUniqueOrThrow({ where: { email: "diego@kinship.test" } });
    const theirs = await db.pairing.findFirstOrThrow({ where: { menteeId: lina.id, mentorId: diego.id } });
    const space = await getPairSpace(lina, theirs.id);
    expect(space.goal).toMatch(/cold process/i);
    expect(space.progress.done).toBe(1);
    expect(space.steps[1]!.mine).not.toBeNull();
    expect(space.steps[1]!.theirs).toEqual({ status: "waiting" });
  });

  it("gives dashboard figures over the seeded programs that equal plain SQL counts", async () => {
    await seed(db);
    const amara = await db.user.findUniqueOrThrow({ where: { email: "amara@kinship.test" } });
    const programs = await db.program.findMany({
      where: { state: { in: ["RUNNING", "CLOSED"] }, group: { slug: "soap-makers-circle" } },
    });
    expect(programs.length).toBeGreaterThanOrEqual(2);
    for (const program of programs) {
      const d = await getProgramDashboard(amara, program.id);
      const [states] = await db.$queryRaw<{ active: number; completed: number; ended: number }[]>`
        SELECT count(*) FILTER (WHERE state = 'ACTIVE')::int AS active,
               count(*) FILTER (WHERE state = 'COMPLETED')::int AS completed,
               count(*) FILTER (WHERE state = 'ENDED')::int AS ended
        FROM "Pairing" WHERE "programId" = ${program.id}`;
      expect([d.funnel.active, d.funnel.completed, d.funnel.endedEarly]).toEqual([
        states!.active,
        states!.completed,
        states!.ended,
      ]);
      const done = await db.$queryRaw<{ id: string; done: number }[]>`
        SELECT p.id, (SELECT count(*)::int FROM (
          SELECT c."stepId" FROM "CheckIn" c JOIN "ProgramStep" s ON s.id = c."stepId" AND s."removedAt" IS NULL
          WHERE c."pairingId" = p.id GROUP BY c."stepId" HAVING count(DISTINCT c."userId") = 2) x) AS done
        FROM "Pairing" p WHERE p."programId" = ${program.id}`;
      expect(Object.fromEntries(d.pairs.map((p) => [p.id, p.done]))).toEqual(
        Object.fromEntries(done.map((r) => [r.id, r.done])),
      );
      const [fb] = await db.$queryRaw<{ n: number; avg: number | null; promoters: number; detractors: number }[]>`
        SELECT count(*)::int AS n, round(avg(f.rating)::numeric, 1)::float AS avg,
               count(*) FILTER (WHERE f.recommend >= 9)::int AS promoters,
               count(*) FILTER (WHERE f.recommend <= 6)::int AS detractors
        FROM "Feedback" f JOIN "Pairing" p ON p.id = f."pairingId" WHERE p."programId" = ${program.id}`;
      expect(d.feedback.count).toBe(fb!.n);
      expect(d.feedback.averageRating).toBe(fb!.avg);
      expect(d.feedback.nps).toBe(fb!.n ? Math.round(((fb!.promoters - fb!.detractors) / fb!.n) * 100) : null);
    }
  });
});
