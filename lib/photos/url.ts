/**
 * Profile photos as the UI sees them: the sizes stored, the upload limit, and the URL of a variant. Pure, so the
 * browser's code (the upload card, avatars) shares these numbers with the server.
 */
export const PHOTO_SIZES = [64, 160, 320] as const;
export type PhotoSize = (typeof PHOTO_SIZES)[number];

/** The largest file accepted, checked in the browser before uploading and again on the server. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTO_LABEL = "5 MB";

/** What an avatar needs to show someone's photo: whose it is and which version (null: initials). */
export type AvatarPhoto = { userId: string; version: string };

export function avatarPhoto(user: { id: string; photoVersion: string | null }): AvatarPhoto | null {
  return user.photoVersion ? { userId: user.id, version: user.photoVersion } : null;
}

/** The served variant; the version is in the URL, so a new photo is a new URL and each can be cached for good. */
export function photoUrl(photo: AvatarPhoto, size: PhotoSize): string {
  return `/api/v1/users/${encodeURIComponent(photo.userId)}/photo/${size}?v=${encodeURIComponent(photo.version)}`;
}

export const NOT_AN_IMAGE = "That file isn't a photo we can read. Choose a JPEG, PNG, WebP, GIF or AVIF image.";

/** "6.2 MB": one decimal, in the same megabytes as the limit. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeMessage(bytes: number): string {
  return `This photo is ${formatMegabytes(bytes)}. Photos can be up to ${MAX_PHOTO_LABEL}: choose a smaller one.`;
}
