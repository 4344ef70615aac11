"use client";

import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { errorsOnly, useFeedAction } from "@/components/groups/feed/use-feed-action";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { preloadDialog } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import type { JoinActions } from "./join-controls";
import type { JoinDialog as JoinDialogType, JoinDialogGroup } from "./join-dialog";

/** Leaving the group, or withdrawing a request to join (`pending`). */
export function LeaveButton({
  slug,
  pending,
  label,
  leave,
}: {
  slug: string;
  pending: boolean;
  label: string;
  leave: JoinActions["leave"];
}) {
  const [state, action] = useActionState(leave, idle);
  const t = useTranslations("groups.join");
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      {pending ? <input type="hidden" name="pending" value="1" /> : null}
      <SubmitButton variant="outline" size="sm" pendingLabel={t("leaving")}>
        {label}
      </SubmitButton>
      <ActionFeedback state={state} />
    </form>
  );
}

/** Joining a public group, or asking to join (or accepting an invitation to) a private one with nothing to answer. */
export function JoinButton({
  slug,
  label,
  pendingLabel,
  join,
}: {
  slug: string;
  label: string;
  pendingLabel: string;
  join: JoinActions["join"];
}) {
  const [state, action] = useFeedAction(join);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="json" value={JSON.stringify({ slug, answers: [], acceptRules: false })} />
      <SubmitButton pendingLabel={pendingLabel}>{label}</SubmitButton>
      <ActionFeedback state={errorsOnly(state)} />
    </form>
  );
}

const loadJoinDialog = () => import("./join-dialog").then((m) => m.JoinDialog);

/**
 * The button that opens the join dialog (a private group's questions and rules). It comes with the page and answers
 * the first click; the dialog's form (./join-dialog.tsx) and its machinery load then, or ahead when the button is
 * pointed at or focused (issue 18). A lazily loaded copy of the whole control showed an inert button until its code
 * arrived, and a click then was lost.
 */
export function JoinDialogButton({
  group,
  label,
  join,
}: {
  group: JoinDialogGroup;
  label: string;
  join: JoinActions["join"];
}) {
  const [Dialog, setDialog] = useState<typeof JoinDialogType | null>(null);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const preload = () => {
    preloadDialog();
    void loadJoinDialog().catch(() => {});
  };
  return (
    <>
      <Button
        ref={button}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setOpen(true);
          if (!Dialog) void loadJoinDialog().then((loaded) => setDialog(() => loaded));
        }}
      >
        {label}
      </Button>
      {Dialog ? <Dialog group={group} join={join} open={open} onOpenChange={setOpen} returnFocusTo={button} /> : null}
    </>
  );
}
