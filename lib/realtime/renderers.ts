import "server-only";
import { logger } from "@/lib/log";
import type { Tx } from "@/lib/db";

/** A stored event row, as the stream reads it for one reader. */
export type StreamRow = { seq: bigint; type: string; resourceId: string };
/** What the stream sends for one row: an SSE event name and its JSON payload. */
export type StreamEvent = { event: string; data: unknown };

/**
 * About the reader, as their stream was opened: the language of the tab's page (what the events are written in),
 * and the client renderers read with (the streams' own pool; default: the app's).
 */
export type StreamReader = { locale?: string | null; db?: Tx };

/**
 * How one feature turns its stored events into what a reader's stream sends. `render` receives the batch's rows
 * of the feature's `types` and answers, by seq, those this reader may receive now: a row left out is withheld.
 * It should read each kind of resource once per batch, however many events.
 */
export type StreamRenderer = {
  feature: string;
  types: readonly string[];
  render(userId: string, rows: StreamRow[], reader?: StreamReader): Promise<Map<bigint, StreamEvent>>;
};

/**
 * The stream knows no feature: each registers its renderer at start-up (lib/wiring.ts, loaded by every entry
 * point). Kept on globalThis so a module evaluated twice (two bundles, a hot reload) shares it.
 */
const registry = ((globalThis as { kinshipStreamRenderers?: Map<string, StreamRenderer> }).kinshipStreamRenderers ??=
  new Map<string, StreamRenderer>());

/** Registering a feature again replaces it (a hot reload); two features claiming one event type is a mistake. */
export function registerStreamRenderer(renderer: StreamRenderer): void {
  for (const type of renderer.types) {
    const held = registry.get(type);
    if (held && held.feature !== renderer.feature)
      throw new Error(`The stream event "${type}" is already rendered by ${held.feature}.`);
  }
  for (const type of renderer.types) registry.set(type, renderer);
}

/** The feature whose renderer sends events of this type, if any registered one does. */
export function streamFeatureOf(type: string): string | undefined {
  return registry.get(type)?.feature;
}

/**
 * A batch's events for one reader, in the order stored: one call per feature, however many rows. An event type
 * that no feature renders is not sent (fail closed): only its feature knows who may see it.
 */
export async function renderEvents(
  userId: string,
  rows: StreamRow[],
  reader?: StreamReader,
): Promise<(StreamEvent & { id: bigint })[]> {
  const byFeature = new Map<StreamRenderer, StreamRow[]>();
  const unrendered = new Set<string>();
  for (const row of rows) {
    const renderer = registry.get(row.type);
    if (!renderer) unrendered.add(row.type);
    else if (byFeature.has(renderer)) byFeature.get(renderer)!.push(row);
    else byFeature.set(renderer, [row]);
  }
  if (unrendered.size) logger.warn({ types: [...unrendered] }, "Realtime events with no renderer were not sent");

  const rendered = new Map<bigint, StreamEvent>();
  // One feature after another, as before: a stream holds at most one database connection at a time.
  for (const [renderer, own] of byFeature) {
    for (const [seq, event] of await renderer.render(userId, own, reader)) rendered.set(seq, event);
  }
  const events: (StreamEvent & { id: bigint })[] = [];
  for (const row of rows) {
    const event = rendered.get(row.seq);
    if (event) events.push({ id: row.seq, ...event });
  }
  return events;
}
