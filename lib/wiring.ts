import "server-only";
import { onDeparture } from "@/lib/groups/departure";
import { registerStreamRenderer } from "@/lib/realtime/renderers";
import { CHAT_STREAM_TYPES } from "@/lib/chat/stream-types";
import { NOTIFICATION_STREAM_TYPES } from "@/lib/notifications/stream-types";
import { registerShellCounts } from "@/lib/auth/shell-counts";
import { registerResolver, type RefKind, type Resolver, type Resolvers } from "@/lib/auth/authorize";

/**
 * Start-up wiring, the one module where features plug into the general parts below them, so the general parts
 * never import the features (decision 021): group departures, the realtime stream's renderers and the one door's
 * resolver table. Imported for its effects by every entry point that runs services: the server action and API route
 * wrappers (`lib/http/action.ts`, `lib/http/route.ts`), the root layout (pages), the stream's route, the worker
 * (`lib/jobs/worker.ts`) and the integration tests' setup.
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
  render: async (userId, rows, reader) =>
    (await import("@/lib/notifications/stream-events")).notificationStreamRenderer.render(userId, rows, reader),
});
registerStreamRenderer({
  feature: "chat",
  types: CHAT_STREAM_TYPES,
  render: async (userId, rows, reader) =>
    (await import("@/lib/chat/stream-events")).chatStreamRenderer.render(userId, rows, reader),
});

// The one door's resolver table (lib/auth/authorize.ts): each kind of ref to the loader of its resource. Loaded on
// first use, like the handler above.
function resolver<K extends RefKind>(kind: K, load: () => Promise<Resolver<Resolvers[K]>>): void {
  registerResolver(kind, async (actor, key, options) => (await load())(actor, key, options));
}
resolver("groupId", async () => (await import("@/lib/groups/scope")).resolveGroupById);
resolver("groupSlug", async () => (await import("@/lib/groups/scope")).resolveGroupBySlug);
resolver("membershipId", async () => (await import("@/lib/groups/members/membership-scope")).resolveMembership);
resolver("invitationId", async () => (await import("@/lib/groups/members/invitation-scope")).resolveInvitation);
resolver("postId", async () => (await import("@/lib/groups/feed/access")).resolvePost);
resolver("commentId", async () => (await import("@/lib/groups/feed/access")).resolveComment);
resolver("reportId", async () => (await import("@/lib/groups/feed/report-scope")).resolveReport);
resolver("programId", async () => (await import("@/lib/programs/scope")).resolveProgram);
resolver(
  "applicationId",
  async () => (await import("@/lib/programs/applications/application-scope")).resolveApplication,
);
resolver("pairingId", async () => (await import("@/lib/pairings/scope")).resolvePairing);
resolver("threadId", async () => (await import("@/lib/chat/scope")).resolveThread);
resolver("threadOfPairingId", async () => (await import("@/lib/chat/scope")).resolveThreadOfPairing);
resolver("messageReportId", async () => (await import("@/lib/chat/message-report-scope")).resolveMessageReport);

// Every signed-in page's header shows the bell's count and the unread messages: read with the page's session check,
// in one statement (issue 18).
registerShellCounts(async (userId) => (await import("@/lib/chat/unread-sql")).headerCountsSql(userId));
