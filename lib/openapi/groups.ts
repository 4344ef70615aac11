import type { Operation } from "./document";

/** Operations of the groups' members, feed and moderation API (filled in as those endpoints land). */
export const operations: Operation[] = [];
