/**
 * One contract for every store: the local disk (in a temporary folder) and S3 (against a real S3-compatible server,
 * s3rver, started here on 127.0.0.1 and a random port). Whatever passes here can hold profile photos.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import S3rver from "s3rver";
import { LocalDiskStorage } from "@/lib/storage/local-disk";
import { S3Storage } from "@/lib/storage/s3";
import type { Storage } from "@/lib/storage";

const BUCKET = "kinship-test";
const temps: string[] = [];
const tempDir = async (name: string) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), `kinship-${name}-`));
  temps.push(dir);
  return dir;
};

let s3server: S3rver;
let s3address: { port: number };
const stores: Record<string, Storage> = {};

beforeAll(async () => {
  stores.local = new LocalDiskStorage(await tempDir("files"));
  s3server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: await tempDir("s3rver"),
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await s3server.run();
  s3address = { port };
  stores.s3 = new S3Storage({
    bucket: BUCKET,
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  });
});

afterAll(async () => {
  await s3server?.close();
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe.each(["local", "s3"])("the %s store", (name) => {
  const store = () => stores[name]!;
  const bytes = (text: string) => Buffer.from(text, "utf8");

  it("gives back what was put, with its content type and size", async () => {
    const body = Buffer.from([0, 1, 2, 250, 251, 255]);
    await store().put("photos/u1/v1/64.webp", body, "image/webp");
    expect(await store().get("photos/u1/v1/64.webp")).toEqual({ body, contentType: "image/webp", size: 6 });
  });

  it("answers null for a key it never held", async () => {
    expect(await store().get("photos/nobody/v0/64.webp")).toBeNull();
  });

  it("replaces a file put twice under the same key", async () => {
    await store().put("exports/u2/data.json", bytes("old"), "application/json");
    await store().put("exports/u2/data.json", bytes("new, longer"), "application/json");
    expect((await store().get("exports/u2/data.json"))?.body.toString()).toBe("new, longer");
  });

  it("deletes one key, and deleting a missing key is no error", async () => {
    await store().put("photos/u3/v1/64.webp", bytes("a"), "image/webp");
    await store().delete("photos/u3/v1/64.webp");
    expect(await store().get("photos/u3/v1/64.webp")).toBeNull();
    await expect(store().delete("photos/u3/v1/64.webp")).resolves.toBeUndefined();
  });

  it("deletes a whole folder and nothing beside it (not even a folder whose name starts the same)", async () => {
    for (const key of ["photos/u4/v1/64.webp", "photos/u4/v1/160.webp", "photos/u4/v2/64.webp"])
      await store().put(key, bytes(key), "image/webp");
    await store().put("photos/u40/v1/64.webp", bytes("neighbour"), "image/webp");
    await store().put("photos/u4-old/v1/64.webp", bytes("neighbour"), "image/webp");

    await store().deletePrefix("photos/u4/v1");
    expect(await store().get("photos/u4/v1/64.webp")).toBeNull();
    expect(await store().get("photos/u4/v1/160.webp")).toBeNull();
    expect((await store().get("photos/u4/v2/64.webp"))?.body.toString()).toBe("photos/u4/v2/64.webp");

    await store().deletePrefix("photos/u4/");
    expect(await store().get("photos/u4/v2/64.webp")).toBeNull();
    expect((await store().get("photos/u40/v1/64.webp"))?.body.toString()).toBe("neighbour");
    expect((await store().get("photos/u4-old/v1/64.webp"))?.body.toString()).toBe("neighbour");
    await expect(store().deletePrefix("photos/never-was")).resolves.toBeUndefined();
  });

  it("deletes a folder of more than one listing page", async () => {
    // S3 lists (and deletes) at most 1,000 keys a page.
    const keys = Array.from({ length: 1005 }, (_, i) => `exports/big/${String(i).padStart(4, "0")}.json`);
    for (let i = 0; i < keys.length; i += 50)
      await Promise.all(keys.slice(i, i + 50).map((k) => store().put(k, bytes("{}"), "application/json")));
    await store().deletePrefix("exports/big");
    expect(await store().get(keys[0]!)).toBeNull();
    expect(await store().get(keys[1004]!)).toBeNull();
  }, 60_000);

  it.each(["../escape", "photos/../../etc/passwd", "photos//x", "/abs", "photos/a b", "photos/./x", ""])(
    "refuses the unsafe key %j",
    async (key) => {
      await expect(store().put(key, bytes("x"), "text/plain")).rejects.toThrow(/Unsafe storage key/);
      await expect(store().get(key)).rejects.toThrow(/Unsafe storage key/);
      await expect(store().deletePrefix(key)).rejects.toThrow(/Unsafe storage key/);
    },
  );
});

describe("storage()", () => {
  it("is the S3 store when S3_BUCKET (with region and keys) is set", async () => {
    const { port } = s3address;
    // lib/env reads the environment once per module instance (the start-up wiring has read it by now): set the
    // variables, then load storage() with fresh modules so it reads them.
    Object.assign(process.env, {
      S3_BUCKET: BUCKET,
      S3_REGION: "us-east-1",
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
    });
    vi.resetModules();
    const [{ storage }, fresh] = await Promise.all([import("@/lib/storage"), import("@/lib/storage/s3")]);
    expect(storage()).toBeInstanceOf(fresh.S3Storage);
    await storage().put("photos/via-env/v1/64.webp", Buffer.from("through storage()"), "image/webp");
    expect((await stores.s3!.get("photos/via-env/v1/64.webp"))?.body.toString()).toBe("through storage()");
  });
});

describe("the local disk store", () => {
  it("leaves no temporary files behind", async () => {
    const root = await tempDir("files-tmp");
    const local = new LocalDiskStorage(root);
    await local.put("photos/u5/v1/64.webp", Buffer.from("x"), "image/webp");
    expect((await readdir(path.join(root, "photos/u5/v1"))).sort()).toEqual(["64.webp", "64.webp.type"]);
  });
});
