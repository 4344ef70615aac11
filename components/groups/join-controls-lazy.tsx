"use client";

import { lazy, Suspense, type ComponentProps } from "react";

// Join, request, withdraw or leave, in every group page's header: rendered by the server with the page, its code
// (the forms and their actions' feedback) hydrates right after the page's own instead of in its first load (issue 18).
const Controls = lazy(() => import("./join-controls").then((m) => ({ default: m.JoinControls })));

export function JoinControls(props: ComponentProps<typeof Controls>) {
  return (
    <Suspense fallback={null}>
      <Controls {...props} />
    </Suspense>
  );
}
