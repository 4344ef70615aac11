import { invalid } from "@/lib/errors";

/** Keyset cursor on (createdAt, id): stable while new posts arrive at the top. */
export type Cursor = { createdAt: Date; id: string };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.createdAt.toISOString()}|${c.id}`).toString("base64url");
}

export function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  const [at, id] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  const createdAt = new Date(at ?? "");
  if (!id || id.length > 64 || Number.isNaN(createdAt.getTime()))
    throw invalid({ cursor: ["That page link is no longer valid."] });
  return { createdAt, id };
}
