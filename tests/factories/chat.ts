/**
 * Chat factories: a running program with one active pair (whose thread opens with the admin's introduction, as
 * matching leaves it), client ids as a browser makes them, messages written straight to the database in bulk, and
 * moving a message back in time (the 15-minute edit window and the unread email are about age).
 */
import type { PrismaClient } from "@/lib/db/generated/client";
import { activePair, programWorld } from "./pairings";

let sequence = 0;

/** A fresh client id, as the composer generates one per message (/^[A-Za-z0-9_-]{8,64}$/). */
export function newClientId(label = "msg"): string {
  sequence += 1;
  return `${label}-${Date.now().toString(36)}-${sequence}`;
}

/** A program with an owner, an admin, and one active pair: Mia Mentee and Max Mentor. */
export async function chatWorld(db: PrismaClient) {
  const w = await programWorld(db);
  const pair = await activePair(db, w, { mentor: "Max Mentor", mentee: "Mia Mentee" });
  return { w, pair, mentor: pair.mentorCaller, mentee: pair.menteeCaller };
}

/**
 * `count` messages in the thread, written in one statement (so their order is the order given), alternating
 * between the two authors, with bodies "<prefix> 1" … "<prefix> count".
 */
export async function seedMessages(
  db: PrismaClient,
  threadId: string,
  authors: [{ id: string }, { id: string }],
  count: number,
  prefix = "Message",
) {
  await db.message.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      threadId,
      clientId: newClientId("seed"),
      authorId: authors[i % 2]!.id,
      body: `${prefix} ${i + 1}`,
    })),
  });
  return db.message.findMany({ where: { threadId }, orderBy: { seq: "asc" }, select: { id: true, seq: true } });
}

/** Moves a message's sending time back by `ms`. */
export async function backdate(db: PrismaClient, messageId: string, ms: number) {
  const message = await db.message.findUniqueOrThrow({ where: { id: messageId }, select: { createdAt: true } });
  await db.message.update({
    where: { id: messageId },
    data: { createdAt: new Date(message.createdAt.getTime() - ms) },
  });
}
