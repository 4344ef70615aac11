import type { MessageDto } from "./dto";

export const messageSelect = {
  id: true,
  clientId: true,
  seq: true,
  kind: true,
  body: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  author: { select: { id: true, name: true, image: true } },
} as const;

export type MessageRow = {
  id: string;
  clientId: string;
  seq: bigint;
  kind: "INTRODUCTION" | "TEXT" | "SYSTEM";
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  author: { id: string; name: string; image: string | null };
};

export function toMessageDto(m: MessageRow): MessageDto {
  return {
    id: m.id,
    clientId: m.clientId,
    seq: m.seq.toString(),
    kind: m.kind,
    author: m.author,
    body: m.deletedAt ? null : m.body,
    createdAt: m.createdAt.toISOString(),
    editedAt: m.editedAt?.toISOString() ?? null,
    deletedAt: m.deletedAt?.toISOString() ?? null,
  };
}
