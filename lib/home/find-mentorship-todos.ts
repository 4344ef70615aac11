import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { DAY_MS, clockStart, progressOf } from "@/lib/pairings/progress";
import { unreadByThread } from "@/lib/chat/mark-read";
import type { CheckInTodo, MatchTodo, MessageTodo, TodoSection } from "./dto";
import { toSection } from "./order";

/** A pairing this recent, where the person has neither checked in nor written, is "new": meet your partner. */
export const NEW_MATCH_DAYS = 14;
/** Nobody mentors in more than this many programs at once; a bound so the query never grows with history. */
const MAX_PAIRINGS = 50;
const MENTORSHIPS = "/mentorships";

/**
 * The person's own mentorship work, from their pairings in groups where they are still an active member (a group
 * they left, or archived, shows nothing): their next step without a check-in, unread messages from their partner,
 * and matches they have not acted on yet. Three statements for the pairings, one for the unread counts, whatever
 * the number of pairings, steps or messages. Only names, titles and dates leave here, never what the pair wrote.
 */
export async function findMentorshipTodos(
  actor: SessionUser,
  now: Date,
): Promise<{ sections: (TodoSection | null)[]; hasMentorships: boolean }> {
  const member = { memberships: { some: { userId: actor.id, status: "ACTIVE" as const } } };
  const [pairings, unread] = await Promise.all([
    db.pairing.findMany({
      where: {
        OR: [{ mentorId: actor.id }, { menteeId: actor.id }],
        program: { group: { archivedAt: null, ...member } },
      },
      // Active first (the enum's order): a long history never pushes an active pairing off the list.
      orderBy: [{ state: "asc" }, { startedAt: "desc" }, { id: "desc" }],
      take: MAX_PAIRINGS,
      select: {
        id: true,
        state: true,
        mentorId: true,
        menteeId: true,
        startedAt: true,
        mentor: { select: { name: true } },
        mentee: { select: { name: true } },
        checkIns: { select: { stepId: true, userId: true } },
        thread: {
          select: {
            id: true,
            lastMessageAt: true,
            // Whether they have written here, from the counters the triggers keep: never a count of a long
            // thread's messages (72-93 ms on a 100k-message thread).
            unread: { where: { userId: actor.id }, select: { sent: true } },
          },
        },
        program: {
          select: {
            id: true,
            name: true,
            startedAt: true,
            group: { select: { slug: true, name: true } },
            steps: { where: { removedAt: null }, select: { id: true, position: true, dueWeek: true, title: true } },
          },
        },
      },
    }),
    unreadByThread(actor.id),
  ]);

  const checkIns: CheckInTodo[] = [];
  const messages: MessageTodo[] = [];
  const matches: MatchTodo[] = [];
  for (const p of pairings) {
    const side = p.mentorId === actor.id ? "MENTOR" : "MENTEE";
    const common = {
      side,
      partner: { name: side === "MENTOR" ? p.mentee.name : p.mentor.name },
      program: { id: p.program.id, name: p.program.name },
      group: p.program.group,
      pairingId: p.id,
    } as const;
    const unreadHere = p.thread ? (unread[p.thread.id] ?? 0) : 0;
    if (p.thread && unreadHere > 0)
      messages.push({
        ...common,
        kind: "message",
        id: `message:${p.id}`,
        href: `/pairings/${p.id}/thread`,
        urgency: "waiting",
        // The conversation quiet the longest since its last message comes first.
        since: p.thread.lastMessageAt.toISOString(),
        unread: unreadHere,
      });
    if (p.state !== "ACTIVE") continue;

    // Before the program starts, the pair's steps are not open yet (decision 015): nothing to check in on.
    const clockStartedAt = clockStart(p.startedAt, p.program.startedAt);
    const progress = progressOf(p.program.steps, p.checkIns, { ...p, clockStartedAt });
    const mine = side === "MENTOR" ? "mentor" : "mentee";
    // As the step reminders do: the first step you have not checked in on, wherever your partner is.
    const index = progress.steps.findIndex((s) => !s.checkedIn[mine]);
    const step = progress.steps[index];
    if (step?.dueAt && clockStartedAt && clockStartedAt <= now)
      checkIns.push({
        ...common,
        kind: "checkIn",
        id: `checkIn:${p.id}:${step.id}`,
        href: `/pairings/${p.id}`,
        urgency: step.dueAt < now ? "overdue" : "upcoming",
        since: step.dueAt.toISOString(),
        step: { number: index + 1, title: step.title, dueAt: step.dueAt.toISOString() },
      });

    const actedOn = p.checkIns.some((c) => c.userId === actor.id) || (p.thread?.unread[0]?.sent ?? 0) > 0;
    if (!actedOn && now.getTime() - p.startedAt.getTime() < NEW_MATCH_DAYS * DAY_MS)
      matches.push({
        ...common,
        kind: "match",
        id: `match:${p.id}`,
        href: `/pairings/${p.id}`,
        urgency: "waiting",
        since: p.startedAt.toISOString(),
        startedAt: p.startedAt.toISOString(),
      });
  }

  return {
    sections: [
      toSection("checkIn", checkIns, { moreHref: MENTORSHIPS }),
      toSection("message", messages, { moreHref: MENTORSHIPS, thingsOf: (m) => m.unread }),
      toSection("match", matches, { moreHref: MENTORSHIPS }),
    ],
    hasMentorships: pairings.length > 0,
  };
}
