"use client";

import { useState } from "react";
import type { ActionState } from "@/lib/http/action-state";

/**
 * Open state for a dialog that submits a server action: it closes by itself once the action succeeds, and stays
 * open on an error so the message shows where the focus is. No effect needed: the dialog is open while the
 * action's state is still the one it was opened with (or an error).
 */
export function useActionDialog<T>(state: ActionState<T>) {
  const [openedAt, setOpenedAt] = useState<ActionState<T> | null>(null);
  const open = openedAt !== null && (state === openedAt || state.status !== "success");
  return {
    open,
    onOpenChange: (next: boolean) => setOpenedAt(next ? state : null),
  };
}
