export type MessageDto = {
  id: string;
  clientId: string;
  /** Total order across the thread, as a string (a bigint). */
  seq: string;
  kind: "INTRODUCTION" | "TEXT" | "SYSTEM";
  author: { id: string; name: string; image: string | null };
  /** Null once deleted. */
  body: string | null;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
};

export type ThreadPageDto = {
  threadId: string;
  pairingId: string;
  /** Whether new messages can be sent (the pairing is active). */
  writable: boolean;
  messages: MessageDto[];
  /** Older messages exist before the first one here. */
  hasOlder: boolean;
  /** The last message the other participant has read ("seen"), and your own. */
  read: { partnerSeq: string; mineSeq: string };
};
