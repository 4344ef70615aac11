import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/auth/authorize";
import { avatarPhoto, type AvatarPhoto } from "@/lib/photos/url";
import { messagesPage } from "./find-messages";
import type { ThreadPageDto } from "./dto";

export type ThreadHeaderDto = {
  pairingId: string;
  state: "ACTIVE" | "COMPLETED" | "ENDED";
  side: "MENTOR" | "MENTEE";
  completedAt: string | null;
  endedAt: string | null;
  partner: { name: string; photo: AvatarPhoto | null };
  program: { name: string; groupName: string };
};

/**
 * The thread page, by its pairing's address, for its two participants only (anyone else, admins included, gets
 * NOT_FOUND, as does a pairing without a thread): who the partner is and the latest page of messages. Two
 * statements whatever the thread's length: the thread with its pairing's whole scope, then the page (issue 18).
 */
export async function getThreadPage(
  actor: SessionUser,
  pairingId: string,
): Promise<{ page: ThreadPageDto; header: ThreadHeaderDto }> {
  const context = await authorize(actor, "thread.read", { threadOfPairingId: pairingId });
  const { pairing, program, group, people } = context;
  const side = context.side!;
  const partner = side === "MENTOR" ? people.mentee : people.mentor;
  const page = await messagesPage(actor.id, context, { limit: 50 });
  return {
    page,
    header: {
      pairingId: pairing.id,
      state: pairing.state,
      side,
      completedAt: pairing.completedAt?.toISOString() ?? null,
      endedAt: pairing.endedAt?.toISOString() ?? null,
      partner: { name: partner.name, photo: avatarPhoto(partner) },
      program: { name: program.name, groupName: group.name },
    },
  };
}
