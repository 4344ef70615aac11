/**
 * Where files live (profile photos now, chat attachments and data exports later): a small interface with two real
 * implementations, the local disk under the data folder (default) and an S3-compatible store (when S3_* is set).
 * Keys are our own paths ("photos/<userId>/<version>/160.webp"); never a name a user typed. Files are only ever
 * served through an authorised route, never by a public URL of the store.
 */
export type StoredFile = { body: Buffer; contentType: string; size: number };

export interface Storage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The file, or null if there is none under that key. */
  get(key: string): Promise<StoredFile | null>;
  delete(key: string): Promise<void>;
  /** Deletes every file under the folder `prefix` (e.g. "photos/<userId>": all variants of every version). */
  deletePrefix(prefix: string): Promise<void>;
}

/** A key is slash-separated segments of [A-Za-z0-9._-], none of them "." or "..": it can never leave its root. */
export function assertSafeKey(key: string): void {
  const segments = key.split("/");
  if (!segments.length || segments.some((s) => !/^[A-Za-z0-9._-]{1,200}$/.test(s) || s === "." || s === "..")) {
    throw new Error(`Unsafe storage key: ${JSON.stringify(key)}`);
  }
}
