import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { publish } from "@/lib/realtime/publish";
import { unreadCount } from "./queries";

export const ZMarkReadInput = z.strictObject({
  ids: z.array(z.string().min(1).max(40)).max(100).optional(),
  all: z.boolean().optional(),
});

/** Marks some (or all) of the caller's own notifications read; other tabs hear of it through the stream. */
export async function markRead(actor: SessionUser, raw: unknown): Promise<{ unread: number }> {
  const input = ZMarkReadInput.parse(raw);
  return db.$transaction(async (tx) => {
    const where = input.all
      ? { userId: actor.id, readAt: null }
      : { userId: actor.id, readAt: null, id: { in: input.ids ?? [] } };
    const { count } = await tx.notification.updateMany({ where, data: { readAt: new Date() } });
    if (count > 0)
      await publish(tx, [
        {
          userId: actor.id,
          type: "notification.read",
          resourceId: input.all ? "all" : (input.ids ?? []).join(",").slice(0, 200),
        },
      ]);
    return { unread: await unreadCount(actor.id, tx) };
  });
}
