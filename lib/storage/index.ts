import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { LocalDiskStorage } from "./local-disk";
import { S3Storage } from "./s3";
import type { Storage } from "./storage";

export type { Storage, StoredFile } from "./storage";

let instance: Storage | undefined;

/** The configured store: the local disk under the data folder unless S3_* variables name a bucket. */
export function storage(): Storage {
  if (instance) return instance;
  const e = env();
  if (e.s3) return (instance = new S3Storage(e.s3));
  instance = new LocalDiskStorage(path.resolve(e.KINSHIP_FILES_DIR ?? path.join(e.KINSHIP_DATA_DIR, "files")));
  return instance;
}

/** Test seam: use another store (a temporary folder per test worker). */
export function setStorageForTests(s: Storage | undefined): void {
  instance = s;
}
