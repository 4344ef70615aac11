"use client";

import { createContext, lazy, Suspense, useContext, useState, type ReactNode } from "react";
import { cn } from "@/lib/utils/cn";
import type { AnyFeedAction } from "./use-feed-action";

// The editor loads when a post or comment is first edited, not with the feed (issue 18).
const EditForm = lazy(() => import("./edit-form").then((m) => ({ default: m.EditForm })));

type Editing = { editing: boolean; setEditing: (editing: boolean) => void };
const EditContext = createContext<Editing | null>(null);

/**
 * Around a post or comment its author may edit: the "⋯" menu's Edit (ContentMenu, elsewhere in the card) turns the
 * text below into the editor. The card itself is rendered on the server; this and the text are its client parts.
 */
export function EditScope({ children }: { children: ReactNode }) {
  const [editing, setEditing] = useState(false);
  return <EditContext value={{ editing, setEditing }}>{children}</EditContext>;
}

/** For the "⋯" menu: starts editing the post or comment it belongs to (null outside an EditScope). */
export function useStartEditing(): (() => void) | null {
  const scope = useContext(EditContext);
  return scope ? () => scope.setEditing(true) : null;
}

/** What the editor needs: the action, its hidden fields, the text as it is, and the field's label and limit. */
export type EditTarget = {
  action: AnyFeedAction;
  fields: Record<string, string>;
  initial: string;
  maxLength: number;
  label: string;
};

function Editor({ target, onDone }: { target: EditTarget; onDone: () => void }) {
  return (
    <Suspense fallback={null}>
      <EditForm {...target} onDone={onDone} />
    </Suspense>
  );
}

/** A post's text (`children`, rendered on the server), or its editor while the author edits it. */
export function EditableText({ target, children }: { target: EditTarget; children: ReactNode }) {
  const scope = useContext(EditContext);
  if (!scope?.editing) return children;
  return <Editor target={target} onDone={() => scope.setEditing(false)} />;
}

/** A comment's bubble: its author's name and text, or the name and the editor (the bubble then takes the row). */
export function EditableBubble({
  target,
  className,
  name,
  children,
}: {
  target: EditTarget;
  className: string;
  name: ReactNode;
  children: ReactNode;
}) {
  const scope = useContext(EditContext);
  const editing = scope?.editing === true;
  return (
    <div className={cn(className, editing && "flex-1")}>
      {name}
      {editing ? <Editor target={target} onDone={() => scope!.setEditing(false)} /> : children}
    </div>
  );
}
