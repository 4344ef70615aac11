import "server-only";
import { mkdir, readFile, rm, writeFile, rename } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { assertSafeKey, type Storage, type StoredFile } from "./storage";

/**
 * Files on the local disk, under one root folder (by default the data folder's `files/`, beside the embedded
 * PostgreSQL). The content type is kept in a sidecar file; writes go through a temporary name and a rename, so a
 * reader never sees half a file.
 */
export class LocalDiskStorage implements Storage {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    assertSafeKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${randomUUID()}.tmp`;
    await writeFile(`${file}.type`, contentType, { mode: 0o600 });
    await writeFile(tmp, body, { mode: 0o600 });
    await rename(tmp, file);
  }

  async get(key: string): Promise<StoredFile | null> {
    const file = this.file(key);
    try {
      const [body, contentType] = await Promise.all([readFile(file), readFile(`${file}.type`, "utf8")]);
      return { body, contentType, size: body.length };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.file(key);
    await Promise.all([rm(file, { force: true }), rm(`${file}.type`, { force: true })]);
  }

  async deletePrefix(prefix: string): Promise<void> {
    const trimmed = prefix.replace(/\/+$/, "");
    await rm(this.file(trimmed), { recursive: true, force: true });
  }
}
