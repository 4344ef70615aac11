import "server-only";
import { Zip, ZipDeflate } from "fflate";

/**
 * A zip built file by file, each JSON file written in pieces (one page of rows at a time), so the rows of a
 * member with 50,000 messages are never all in memory at once; only the compressed archive is.
 */
export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private done: Promise<void>;
  private failure: Error | null = null;

  constructor() {
    let finish!: () => void;
    this.done = new Promise((resolve) => (finish = resolve));
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure = error;
      else this.chunks.push(chunk);
      if (final || error) finish();
    });
  }

  private entry(name: string) {
    const file = new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    const encoder = new TextEncoder();
    return {
      write: (text: string) => file.push(encoder.encode(text)),
      end: () => file.push(new Uint8Array(0), true),
    };
  }

  text(name: string, body: string): void {
    const file = this.entry(name);
    file.write(body);
    file.end();
  }

  /** A JSON array written page by page: `pages` yields arrays of rows until it is done. */
  async jsonArray<T>(name: string, pages: AsyncIterable<T[]>): Promise<number> {
    const file = this.entry(name);
    let count = 0;
    file.write("[");
    for await (const page of pages) {
      for (const row of page) {
        file.write(`${count ? "," : ""}\n  ${JSON.stringify(row)}`);
        count++;
      }
    }
    file.write(count ? "\n]\n" : "]\n");
    file.end();
    return count;
  }

  async finish(): Promise<Buffer> {
    this.zip.end();
    await this.done;
    if (this.failure) throw this.failure;
    return Buffer.concat(this.chunks);
  }
}

/** Keyset pages over rows with an `id`: each call fetches the next `size` rows after the last id seen. */
export async function* byId<T extends { id: string }>(
  fetch: (after: string | undefined, take: number) => Promise<T[]>,
  size = 1000,
): AsyncGenerator<T[]> {
  let after: string | undefined;
  for (;;) {
    const page = await fetch(after, size);
    if (page.length) yield page;
    if (page.length < size) return;
    after = page.at(-1)!.id;
  }
}
