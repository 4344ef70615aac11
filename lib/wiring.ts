import "server-only";
import { onDeparture } from "@/lib/groups/departure";
import { registerStreamRenderer } from "@/lib/realtime/renderers";
import { CHAT_STREAM_TYPES } from "@/lib/chat/stream-types";
import { NOTIFICATION_STREAM_TYPES } from "@/lib/notifications/stream-types";

/**
 * Start-up wiring, the one module where features plug into the general parts below them, so the general parts
 * never import the features (decision 021): group departures, the realtime stream's renderers. Imported for its
 * effects by every entry point that runs services: the server action and API route wrappers (`lib/http/action.ts`,
 * `lib/http/route.ts`), the stream's route, the worker (`lib/jobs/worker.ts`) and the integration tests' setup.
 * Registering twice replaces, never repeats.
 *
 * Handlers load their feature when first called, not here: importing the wiring must stay as light as importing
 * the wrappers (no database client at import time, which unit tests of the wrappers rely on).
 */

// Someone who stops being a member of a group has their active pairings in its programs ended, in the same
// transaction, and the person still there is told.
onDeparture("mentorship", async (tx, { groupId, userId, actorId, reason }) => {
  const { endPairingsOnDeparture } = await import("@/lib/pairings/end-on-departure");
  await endPairingsOnDeparture(tx, { groupId, userId, actorId, why: reason });
});

// The features whose events the realtime stream delivers. An event type no feature renders is never sent.
registerStreamRenderer({
  feature: "notifications",
  types: NOTIFICATION_STREAM_TYPES,
  render: async (userId, rows) =>
    (await import("@/lib/notifications/stream-events")).notificationStreamRenderer.render(userId, rows),
});
registerStreamRenderer({
  feature: "chat",
  types: CHAT_STREAM_TYPES,
  render: async (userId, rows) => (await import("@/lib/chat/stream-events")).chatStreamRenderer.render(userId, rows),
});
