/** Server-Sent Events as a test reads them: frames parsed from the stream the app serves. */
export type Frame = { id?: string; event?: string; data?: unknown };

/** Reads Server-Sent Events frames from a stream; `next` waits for the next real event (not comments). */
export function reader(stream: ReadableStream<Uint8Array>) {
  const r = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let done = false;
  const frames: Frame[] = [];
  const pump = (async () => {
    for (;;) {
      const { value, done: end } = await r.read();
      if (end) {
        done = true;
        return;
      }
      buffer += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const raw = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const frame: Frame = {};
        for (const line of raw.split("\n")) {
          if (line.startsWith("id: ")) frame.id = line.slice(4);
          else if (line.startsWith("event: ")) frame.event = line.slice(7);
          else if (line.startsWith("data: ")) frame.data = JSON.parse(line.slice(6));
        }
        if (frame.event) frames.push(frame);
      }
    }
  })();
  return {
    frames,
    isDone: () => done,
    async next(timeoutMs = 5000): Promise<Frame> {
      const start = Date.now();
      while (Date.now() - start < timeoutMs) {
        const f = frames.shift();
        if (f) return f;
        await new Promise((res) => setTimeout(res, 20));
      }
      throw new Error("no event arrived");
    },
    /** The next `n` events. */
    async take(n: number): Promise<Frame[]> {
      const out: Frame[] = [];
      for (let i = 0; i < n; i++) out.push(await this.next());
      return out;
    },
    async quiet(ms: number) {
      await new Promise((res) => setTimeout(res, ms));
      return frames.length === 0;
    },
    cancel: () => r.cancel().then(() => pump),
  };
}
