import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { logger } from "@/lib/log";
import { storage } from "@/lib/storage";
import { invalid, msg, notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { processPhoto, ZCrop } from "./process-photo";
import type { AvatarPhoto } from "./url";

const folder = (userId: string, version: string) => `photos/${userId}/${version}`;
export const photoKey = (userId: string, version: string, size: number) => `${folder(userId, version)}/${size}.webp`;

/**
 * Replaces the member's photo: the variants are stored under a new random version first, then the user row points
 * at it (under a row lock, so two uploads at once each retire the version before them), then the old version's
 * files are deleted. A reader therefore never meets a version whose files are missing. `rawCrop` is the area the
 * member chose, as sent (`{ x, y, width, height }`), or undefined for the whole picture.
 */
export async function setProfilePhoto(actor: SessionUser, input: Buffer, rawCrop: unknown): Promise<AvatarPhoto> {
  const parsed = rawCrop === undefined ? null : ZCrop.safeParse(rawCrop);
  if (parsed && !parsed.success) throw invalid({ crop: [msg("errors.photos.cropInvalid")] });
  const crop = parsed ? parsed.data : null;
  const variants = await processPhoto(input, crop);
  const version = randomBytes(12).toString("base64url");
  await Promise.all(variants.map((v) => storage().put(photoKey(actor.id, version, v.size), v.body, "image/webp")));
  let previous: string | null;
  try {
    previous = await swapVersion(actor.id, version);
  } catch (error) {
    await removeFiles(actor.id, version);
    throw error;
  }
  if (previous) await removeFiles(actor.id, previous);
  return { userId: actor.id, version };
}

/** "Remove photo": initials again, and the files are gone. */
export async function removeProfilePhoto(actor: SessionUser): Promise<void> {
  const previous = await swapVersion(actor.id, null);
  if (previous) await removeFiles(actor.id, previous);
}

async function swapVersion(userId: string, version: string | null): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ photoVersion: string | null }[]>`
      SELECT "photoVersion" FROM "User" WHERE id = ${userId} FOR UPDATE`;
    if (!rows[0]) throw notFound();
    await tx.user.update({ where: { id: userId }, data: { photoVersion: version } });
    return rows[0].photoVersion;
  });
}

/** Best effort after the switch: a file left behind is unreachable (its version is no one's) and harmless. */
async function removeFiles(userId: string, version: string): Promise<void> {
  try {
    await storage().deletePrefix(folder(userId, version));
  } catch (error) {
    logger.warn({ err: error, userId }, "Could not delete an old profile photo's files");
  }
}

/** Every photo file of a member (for erasing an account): all versions, in one call. */
export async function deleteAllPhotoFiles(userId: string): Promise<void> {
  await storage().deletePrefix(`photos/${userId}`);
}
