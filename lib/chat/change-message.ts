import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertPlausibleKey, conflict, msg, notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { isAuthor } from "@/lib/auth/policy";
import { publish } from "@/lib/realtime/publish";
import { authorize } from "@/lib/auth/authorize";
import { EDIT_WINDOW_MS, ZEditMessageInput } from "./schemas";
import { messageSelect, toMessageDto } from "./message-dto";
import type { MessageDto } from "./dto";

/** Finds the message, checks the thread may be written to and that this is the author's own, recent message. */
async function loadOwnMessage(tx: Tx, actor: SessionUser, messageId: string) {
  assertPlausibleKey(messageId);
  const found = await tx.message.findUnique({ where: { id: messageId }, select: { threadId: true } });
  if (!found) throw notFound();
  const context = await authorize(actor, "thread.write", { threadId: found.threadId }, { tx });
  await tx.$queryRaw`SELECT id FROM "Message" WHERE id = ${messageId} FOR UPDATE`;
  const message = await tx.message.findUniqueOrThrow({
    where: { id: messageId },
    select: { ...messageSelect, authorId: true },
  });
  if (!isAuthor(actor, message) || message.kind !== "TEXT") throw conflict(msg("errors.chat.ownMessagesOnly"));
  if (message.deletedAt) throw conflict(msg("errors.chat.messageDeleted"));
  if (Date.now() - message.createdAt.getTime() > EDIT_WINDOW_MS) throw conflict(msg("errors.chat.editWindow"));
  const partnerId = context.side === "MENTOR" ? context.pairing.menteeId : context.pairing.mentorId;
  return { message, readers: [actor.id, partnerId] };
}

/** The author edits their message within 15 minutes; both participants' tabs show it as edited. */
export async function editMessage(actor: SessionUser, messageId: string, raw: unknown): Promise<MessageDto> {
  const input = ZEditMessageInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { message, readers } = await loadOwnMessage(tx, actor, messageId);
    if (message.body === input.body) return toMessageDto(message);
    const updated = await tx.message.update({
      where: { id: message.id },
      data: { body: input.body, editedAt: new Date() },
      select: messageSelect,
    });
    await publish(
      tx,
      readers.map((userId) => ({ userId, type: "message.updated" as const, resourceId: message.id })),
    );
    return toMessageDto(updated);
  });
}

/**
 * The author deletes their message within 15 minutes: its text is erased (only "deleted" remains). A report keeps
 * its own copy of the words reported, so deleting never hides them from the admins reviewing it.
 */
export async function deleteMessage(actor: SessionUser, messageId: string): Promise<MessageDto> {
  return db.$transaction(async (tx) => {
    const { message, readers } = await loadOwnMessage(tx, actor, messageId);
    const updated = await tx.message.update({
      where: { id: message.id },
      data: { deletedAt: new Date(), body: "" },
      select: messageSelect,
    });
    await publish(
      tx,
      readers.map((userId) => ({ userId, type: "message.updated" as const, resourceId: message.id })),
    );
    return toMessageDto(updated);
  });
}
