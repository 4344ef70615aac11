import type { MessageDto } from "@/lib/chat/dto";

/** Sequence numbers are bigints sent as strings. */
export const seqOf = (seq: string) => BigInt(seq);
export const laterSeq = (a: string, b: string) => (seqOf(a) >= seqOf(b) ? a : b);

/** A message id as the composer makes one per message: random, no dashes (the API takes [A-Za-z0-9_-]{8,64}). */
export function newClientId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID().replaceAll("-", "");
  // Pages served over plain http (a home server on the LAN) have no randomUUID.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Of two copies of one message, the later state wins: deleted over edited over as sent. */
function fresher(current: MessageDto, incoming: MessageDto): MessageDto {
  if (current.deletedAt && !incoming.deletedAt) return current;
  if (incoming.deletedAt && !current.deletedAt) return incoming;
  if (incoming.editedAt === current.editedAt && incoming.body === current.body) return current;
  return (incoming.editedAt ?? "") >= (current.editedAt ?? "") ? incoming : current;
}

/**
 * Adds messages to the thread, deduplicated by id and ordered by sequence. With `knownOnly`, only messages already
 * shown are replaced (an edit of a message further back than the loaded history must not open a gap).
 */
export function mergeMessages(list: MessageDto[], incoming: MessageDto[], knownOnly = false): MessageDto[] {
  if (incoming.length === 0) return list;
  const byId = new Map(list.map((m) => [m.id, m]));
  let changed = false;
  for (const m of incoming) {
    const current = byId.get(m.id);
    if (!current && knownOnly) continue;
    const next = current ? fresher(current, m) : m;
    if (next !== current) {
      byId.set(m.id, next);
      changed = true;
    }
  }
  if (!changed) return list;
  return [...byId.values()].sort((a, b) => {
    const d = seqOf(a.seq) - seqOf(b.seq);
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  });
}

/** The realtime stream's chat events (lib/chat/stream-events.ts). */
export type MessageEvent = { threadId: string; pairingId: string; message: MessageDto };
export type ThreadReadEvent = {
  threadId: string;
  pairingId: string | null;
  reads: { userId: string; lastReadSeq: string }[];
};
