import "server-only";
import { db, type Tx } from "@/lib/db";
import { threadReaders } from "./scope";
import type { StreamReader, StreamRenderer, StreamRow } from "@/lib/realtime/renderers";
import { CHAT_STREAM_TYPES } from "./stream-types";
import { toMessageDto, type MessageRow } from "./message-dto";

type Row = StreamRow;

/**
 * Chat events for one reader's stream, rendered at delivery: each is checked against who may read the thread now,
 * so a participant who left the group (or was removed) receives nothing more, even on a stream opened before.
 */
export async function renderChatEvents(
  userId: string,
  rows: Row[],
  reader?: StreamReader,
): Promise<Map<bigint, { event: string; data: unknown }>> {
  const client = reader?.db ?? db;
  const out = new Map<bigint, { event: string; data: unknown }>();
  const messageIds = rows.filter((r) => r.type === "message" || r.type === "message.updated").map((r) => r.resourceId);
  const readThreadIds = rows.filter((r) => r.type === "thread.read").map((r) => r.resourceId);
  if (messageIds.length === 0 && readThreadIds.length === 0) return out;

  const [messages, readers, reads, pairings] = await Promise.all([
    messageIds.length ? readableMessages(userId, messageIds, client) : [],
    threadReaders(readThreadIds, client),
    readThreadIds.length
      ? client.threadRead.findMany({
          where: { threadId: { in: readThreadIds } },
          select: { threadId: true, userId: true, lastReadSeq: true },
        })
      : [],
    readThreadIds.length
      ? client.thread.findMany({ where: { id: { in: readThreadIds } }, select: { id: true, pairingId: true } })
      : [],
  ]);
  const mayRead = (threadId: string) => readers.get(threadId)?.has(userId) ?? false;

  for (const r of rows) {
    if (r.type === "message" || r.type === "message.updated") {
      // Absent: the message is gone, or this reader may not read its thread now.
      const m = messages.find((x) => x.id === r.resourceId);
      if (!m) continue;
      const { threadId, pairingId, authorId, authorName, authorImage, ...row } = m;
      const message = toMessageDto({ ...row, author: { id: authorId, name: authorName, image: authorImage } });
      out.set(r.seq, { event: r.type, data: { threadId, pairingId, message } });
    } else if (r.type === "thread.read") {
      if (!mayRead(r.resourceId)) continue;
      out.set(r.seq, {
        event: "thread.read",
        data: {
          threadId: r.resourceId,
          pairingId: pairings.find((p) => p.id === r.resourceId)?.pairingId ?? null,
          reads: reads
            .filter((x) => x.threadId === r.resourceId)
            .map((x) => ({ userId: x.userId, lastReadSeq: x.lastReadSeq.toString() })),
        },
      });
    }
  }
  return out;
}

type ReadableMessage = Omit<MessageRow, "author"> & {
  threadId: string;
  pairingId: string;
  authorId: string;
  authorName: string;
  authorImage: string | null;
};

/**
 * The messages with their author and thread, only those whose thread the reader may read right now: the rule of
 * `threadReaders` (a participant of the pairing, an active member of its group, the group not archived) in the
 * same statement, so a message event costs its stream one read (issue 18), however many messages.
 */
function readableMessages(userId: string, ids: string[], client: Tx): Promise<ReadableMessage[]> {
  return client.$queryRaw<ReadableMessage[]>`
    SELECT m.id, m."clientId", m.seq, m.kind, m.body, m."createdAt", m."editedAt", m."deletedAt",
      m."threadId", t."pairingId", a.id AS "authorId", a.name AS "authorName", a.image AS "authorImage"
    FROM "Message" m
    JOIN "Thread" t ON t.id = m."threadId"
    JOIN "Pairing" p ON p.id = t."pairingId" AND ${userId} IN (p."mentorId", p."menteeId")
    JOIN "Program" pr ON pr.id = p."programId"
    JOIN "Group" g ON g.id = pr."groupId" AND g."archivedAt" IS NULL
    JOIN "Membership" mm ON mm."groupId" = g.id AND mm."userId" = ${userId} AND mm.status = 'ACTIVE'
    JOIN "User" a ON a.id = m."authorId"
    WHERE m.id = ANY(${ids})`;
}

/** The chat's part of the realtime stream, registered at start-up (lib/wiring.ts). */
export const chatStreamRenderer: StreamRenderer = {
  feature: "chat",
  types: CHAT_STREAM_TYPES,
  render: renderChatEvents,
};
