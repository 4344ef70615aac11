import "server-only";
import { db } from "@/lib/db";
import { byId, type ZipWriter } from "./zip-writer";

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * Writes everything the member wrote or that is about them, one JSON file per kind, each read in pages. Every query
 * is keyed on the member's own id as author or owner: a partner's check-ins, the partner's messages and anyone
 * else's words can never match.
 */
export async function collectMemberData(zip: ZipWriter, userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      bio: true,
      image: true,
      timeZone: true,
      languages: true,
      emailDigest: true,
      emailVerifiedAt: true,
      createdAt: true,
      lastSignInAt: true,
    },
  });
  zip.text(
    "profile.json",
    `${JSON.stringify(
      {
        ...user,
        emailVerifiedAt: iso(user.emailVerifiedAt),
        createdAt: iso(user.createdAt),
        lastSignInAt: iso(user.lastSignInAt),
      },
      null,
      2,
    )}\n`,
  );

  counts.memberships = await zip.jsonArray(
    "memberships.json",
    byId(async (after, take) =>
      (
        await db.membership.findMany({
          where: { userId, ...(after ? { id: { gt: after } } : {}) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            role: true,
            status: true,
            answers: true,
            requestedAt: true,
            joinedAt: true,
            group: { select: { name: true, slug: true } },
          },
        })
      ).map((m) => ({ ...m, requestedAt: iso(m.requestedAt), joinedAt: iso(m.joinedAt) })),
    ),
  );

  counts.posts = await zip.jsonArray(
    "posts.json",
    byId(async (after, take) =>
      (
        await db.post.findMany({
          where: { authorId: userId, ...(after ? { id: { gt: after } } : {}) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            body: true,
            status: true,
            createdAt: true,
            editedAt: true,
            group: { select: { name: true, slug: true } },
          },
        })
      ).map((p) => ({ ...p, createdAt: iso(p.createdAt), editedAt: iso(p.editedAt) })),
    ),
  );

  counts.comments = await zip.jsonArray(
    "comments.json",
    byId(async (after, take) =>
      (
        await db.comment.findMany({
          where: { authorId: userId, ...(after ? { id: { gt: after } } : {}) },
          orderBy: { id: "asc" },
          take,
          select: { id: true, postId: true, parentId: true, body: true, status: true, createdAt: true, editedAt: true },
        })
      ).map((c) => ({ ...c, createdAt: iso(c.createdAt), editedAt: iso(c.editedAt) })),
    ),
  );

  counts.applications = await zip.jsonArray(
    "applications.json",
    byId(async (after, take) =>
      (
        await db.application.findMany({
          where: { userId, ...(after ? { id: { gt: after } } : {}) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            role: true,
            state: true,
            answers: true,
            topics: true,
            languages: true,
            timeZone: true,
            cadence: true,
            capacity: true,
            goals: true,
            experience: true,
            submittedAt: true,
            withdrawnAt: true,
            createdAt: true,
            program: { select: { name: true, questions: { select: { id: true, label: true } } } },
          },
        })
      ).map(({ program, ...a }) => ({
        ...a,
        program: program.name,
        // The questions' wording beside the answers, which are stored by question id.
        questions: Object.fromEntries(program.questions.map((q) => [q.id, q.label])),
        submittedAt: iso(a.submittedAt),
        withdrawnAt: iso(a.withdrawnAt),
        createdAt: iso(a.createdAt),
      })),
    ),
  );

  counts.pairings = await zip.jsonArray(
    "pairings.json",
    byId(async (after, take) =>
      (
        await db.pairing.findMany({
          where: { OR: [{ mentorId: userId }, { menteeId: userId }], ...(after ? { id: { gt: after } } : {}) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            mentorId: true,
            state: true,
            startedAt: true,
            completedAt: true,
            endedAt: true,
            program: { select: { name: true } },
          },
        })
      ).map(({ mentorId, program, ...p }) => ({
        ...p,
        program: program.name,
        yourRole: mentorId === userId ? "MENTOR" : "MENTEE",
        startedAt: iso(p.startedAt),
        completedAt: iso(p.completedAt),
        endedAt: iso(p.endedAt),
      })),
    ),
  );

  counts.checkIns = await zip.jsonArray(
    "check-ins.json",
    byId(async (after, take) =>
      (
        await db.checkIn.findMany({
          where: { userId, ...(after ? { id: { gt: after } } : {}) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            pairingId: true,
            reflection: true,
            rating: true,
            createdAt: true,
            updatedAt: true,
            step: { select: { title: true } },
          },
        })
      ).map(({ step, ...c }) => ({ ...c, step: step.title, createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt) })),
    ),
  );

  counts.messages = await zip.jsonArray(
    "messages.json",
    byId(async (after, take) =>
      (
        await db.message.findMany({
          where: { authorId: userId, ...(after ? { id: { gt: after } } : {}) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            kind: true,
            body: true,
            createdAt: true,
            editedAt: true,
            deletedAt: true,
            thread: { select: { pairingId: true } },
          },
        })
      ).map(({ thread, ...m }) => ({
        ...m,
        pairingId: thread.pairingId,
        createdAt: iso(m.createdAt),
        editedAt: iso(m.editedAt),
        deletedAt: iso(m.deletedAt),
      })),
    ),
  );

  counts.feedback = await zip.jsonArray(
    "feedback.json",
    byId(async (after, take) =>
      (
        await db.feedback.findMany({
          where: { userId, ...(after ? { id: { gt: after } } : {}) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            pairingId: true,
            rating: true,
            recommend: true,
            comment: true,
            anonymous: true,
            createdAt: true,
          },
        })
      ).map((f) => ({ ...f, createdAt: iso(f.createdAt) })),
    ),
  );

  counts.notifications = await zip.jsonArray(
    "notifications.json",
    byId(async (after, take) =>
      (
        await db.notification.findMany({
          where: { userId, ...(after ? { id: { gt: after } } : {}) },
          orderBy: { id: "asc" },
          take,
          select: { id: true, kind: true, title: true, body: true, url: true, readAt: true, createdAt: true },
        })
      ).map((n) => ({ ...n, readAt: iso(n.readAt), createdAt: iso(n.createdAt) })),
    ),
  );
  return counts;
}
