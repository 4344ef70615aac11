"use client";

import { lazy, Suspense, type ComponentProps } from "react";

// The steps and questions editors sit in tabs that are not the first one: the server renders them as usual, and their
// code (with the dialogs' triggers and the sortable list) comes right after the page's own, not in its first load
// (issue 18). Until it has, a panel shows the server's markup.
const Steps = lazy(() => import("./steps-editor").then((m) => ({ default: m.StepsEditor })));
const Questions = lazy(() => import("./questions-editor").then((m) => ({ default: m.QuestionsEditor })));

export function StepsEditor(props: ComponentProps<typeof Steps>) {
  return (
    <Suspense fallback={null}>
      <Steps {...props} />
    </Suspense>
  );
}

export function QuestionsEditor(props: ComponentProps<typeof Questions>) {
  return (
    <Suspense fallback={null}>
      <Questions {...props} />
    </Suspense>
  );
}
