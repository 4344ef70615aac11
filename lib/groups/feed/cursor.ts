import { invalid, msg } from "@/lib/errors";

/** Keyset cursor on (createdAt, id): stable while new posts arrive at the top. */
export type Cursor = { createdAt: Date; id: string };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.createdAt.toISOString()}|${c.id}`).toString("base64url");
}

export function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  const [at, id] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  const createdAt = new Date(at ?? "");
  const year = createdAt.getUTCFullYear();
  // Only what encodeCursor could have made: an id of id characters, a date PostgreSQL can compare with.
  if (!id || !/^[A-Za-z0-9_-]{1,64}$/.test(id) || Number.isNaN(year) || year < 2000 || year > 9999)
    throw invalid({ cursor: [msg("errors.feed.pageLinkInvalid")] });
  return { createdAt, id };
}
