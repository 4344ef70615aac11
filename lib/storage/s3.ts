import "server-only";
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { assertSafeKey, type Storage, type StoredFile } from "./storage";

export type S3Options = {
  bucket: string;
  region: string;
  endpoint?: string | undefined;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};

/**
 * Files in any S3-compatible store (AWS S3, MinIO, R2, …). The bucket stays private: files are read back by the
 * server and served through the app's authorised routes, never by a bucket URL.
 */
export class S3Storage implements Storage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3Options) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      // The SDK's default checksums (CRC32 trailers on every upload) are AWS-only; many compatible stores refuse
      // them. Checksums are then sent only where the API requires one (multi-object delete).
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }),
    );
  }

  async get(key: string): Promise<StoredFile | null> {
    assertSafeKey(key);
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!res.Body) return null;
      const body = Buffer.from(await res.Body.transformToByteArray());
      return { body, contentType: res.ContentType ?? "application/octet-stream", size: body.length };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertSafeKey(key);
    // Deleting a key that does not exist succeeds in S3, as it does on the local disk.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async deletePrefix(prefix: string): Promise<void> {
    const folder = prefix.replace(/\/+$/, "");
    assertSafeKey(folder);
    // A folder, not a string prefix: "photos/u1" must not take "photos/u10" with it.
    // Paged by marker (the last key seen), the listing every S3-compatible store supports alike; V2's opaque
    // continuation tokens are where the compatible stores differ (s3rver's cannot even be made under OpenSSL 3).
    let marker: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsCommand({ Bucket: this.bucket, Prefix: `${folder}/`, Marker: marker }),
      );
      const keys = (page.Contents ?? []).flatMap((o) => (o.Key ? [{ Key: o.Key }] : []));
      // One page holds at most 1,000 keys, which is also DeleteObjects' limit.
      if (keys.length) {
        const res = await this.client.send(
          new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys, Quiet: true } }),
        );
        // A quiet delete answers 200 even when some keys failed; those are listed.
        if (res.Errors?.length) throw new Error(`S3 could not delete ${res.Errors.length} file(s) under ${folder}/`);
      }
      marker = page.IsTruncated ? keys.at(-1)?.Key : undefined;
    } while (marker);
  }
}
