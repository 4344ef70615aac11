import "server-only";
import { db } from "@/lib/db";
import { threadReaders } from "./scope";
import type { StreamReader, StreamRenderer, StreamRow } from "@/lib/realtime/renderers";
import { CHAT_STREAM_TYPES } from "./stream-types";
import { messageSelect, toMessageDto } from "./message-dto";

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

  const messages = messageIds.length
    ? await client.message.findMany({
        where: { id: { in: messageIds } },
        select: { ...messageSelect, threadId: true, thread: { select: { pairingId: true } } },
      })
    : [];
  const threadIds = [...new Set([...messages.map((m) => m.threadId), ...readThreadIds])];
  const [readers, reads, pairings] = await Promise.all([
    threadReaders(threadIds, client),
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
      const m = messages.find((x) => x.id === r.resourceId);
      if (!m || !mayRead(m.threadId)) continue;
      out.set(r.seq, {
        event: r.type,
        data: { threadId: m.threadId, pairingId: m.thread.pairingId, message: toMessageDto(m) },
      });
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

/** The chat's part of the realtime stream, registered at start-up (lib/wiring.ts). */
export const chatStreamRenderer: StreamRenderer = {
  feature: "chat",
  types: CHAT_STREAM_TYPES,
  render: renderChatEvents,
};
