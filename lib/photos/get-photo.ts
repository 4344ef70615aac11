import "server-only";
import { db } from "@/lib/db";
import { notFound, assertPlausibleKey } from "@/lib/errors";
import { storage, type StoredFile } from "@/lib/storage";
import type { SessionUser } from "@/lib/auth/session-user";
import { photoKey } from "./set-photo";
import { PHOTO_SIZES, type PhotoSize } from "./url";

/**
 * A variant of a member's current photo, for any signed-in member (docs/decisions/019-file-storage.md): photos
 * appear beside names all over the app, and the random version in the URL is only ever handed out with a name the
 * viewer may see. Signed out, an unknown member, a removed or replaced version, a size we do not make: 404 alike.
 */
export async function getPhotoVariant(
  viewer: SessionUser | null,
  userId: string,
  size: string,
  version: string | undefined,
): Promise<StoredFile> {
  if (!viewer || !version) throw notFound();
  assertPlausibleKey(userId);
  assertPlausibleKey(version);
  const px = Number(size);
  if (!PHOTO_SIZES.includes(px as PhotoSize)) throw notFound();
  const user = await db.user.findUnique({ where: { id: userId }, select: { photoVersion: true } });
  if (!user?.photoVersion || user.photoVersion !== version) throw notFound();
  const file = await storage().get(photoKey(userId, version, px));
  if (!file) throw notFound();
  return file;
}
