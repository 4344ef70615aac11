"use client";

import { startTransition, useEffect } from "react";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import type { ActionState } from "@/lib/http/action-state";

/**
 * After "Don't suggest": a toast whose Undo sends the same form with `excluded=false` (the list of excluded mentors
 * offers "Suggest again" too, for whoever misses the toast). After "Suggest again": a plain toast.
 */
export function useExclusionToast(
  state: ActionState<unknown>,
  dispatch: (formData: FormData) => void,
  bound: Record<string, string>,
) {
  const t = useTranslations("matching.toast");
  const undoLabel = t("undo");
  const boundKey = JSON.stringify(bound);
  useEffect(() => {
    if (state.status !== "success") return;
    const data = state.data as Record<string, unknown> & { excluded: boolean };
    if (!data.excluded) return void toast.success(state.message);
    const undo = new FormData();
    for (const [k, v] of Object.entries({ ...JSON.parse(boundKey), ...data, excluded: "false" }))
      undo.set(k, String(v));
    toast.success(state.message, {
      action: { label: undoLabel, onClick: () => startTransition(() => dispatch(undo)) },
    });
  }, [state, dispatch, boundKey, undoLabel]);
}
