"use client";

import { lazy, Suspense, type ComponentProps } from "react";

// Only moderators see the queue of posts waiting for approval, so its code is not in the feed's first load (issue 18):
// the server renders it as usual and the browser fetches it for the pages that have it.
const Queue = lazy(() => import("./pending-queue").then((m) => ({ default: m.PendingQueue })));

export function PendingQueue(props: ComponentProps<typeof Queue>) {
  return (
    <Suspense fallback={null}>
      <Queue {...props} />
    </Suspense>
  );
}
