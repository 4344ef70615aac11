"use client";

import { useActionState, useEffect } from "react";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { manageMemberAction } from "./actions";
import { Dialog, DialogClose } from "@/components/ui/dialog";

export type MemberOp = "role" | "mute" | "unmute" | "remove" | "ban";
export type PendingMemberAction = {
  op: MemberOp;
  membershipId: string;
  name: string;
  /** For "role": the roles the viewer may hand out to this person. */
  roles?: readonly string[];
  currentRole?: string;
};

const ROLE_CHOICES: Record<string, { label: string; hint: string }> = {
  ADMIN: { label: "Admin", hint: "Manages settings, roles, members and posts." },
  MODERATOR: { label: "Moderator", hint: "Approves requests, manages members and posts." },
  MEMBER: { label: "Member", hint: "Takes part; no admin tools." },
};

const MUTE_CHOICES = [
  ["1h", "1 hour"],
  ["1d", "1 day"],
  ["7d", "7 days"],
  ["30d", "30 days"],
] as const;

const COPY: Record<MemberOp, { title: (n: string) => string; description: (n: string) => string; confirm: string }> = {
  role: {
    title: (n) => `Change ${n}'s role`,
    description: () => "The change takes effect at once and is recorded in the group's activity.",
    confirm: "Change role",
  },
  mute: {
    title: (n) => `Mute ${n}`,
    description: () => "They can still read and react, but cannot post or comment until the mute ends.",
    confirm: "Mute",
  },
  unmute: {
    title: (n) => `Unmute ${n}`,
    description: () => "They can post and comment again straight away.",
    confirm: "Unmute",
  },
  remove: {
    title: (n) => `Remove ${n}?`,
    description: () => "Their membership ends; their posts stay. They may ask to join again later.",
    confirm: "Remove from group",
  },
  ban: {
    title: (n) => `Ban ${n}?`,
    description: () => "They lose access and cannot find the group or ask to join again until the ban is lifted.",
    confirm: "Ban",
  },
};

function MemberActionForm({ pending, onDone }: { pending: PendingMemberAction; onDone: () => void }) {
  const [state, action] = useActionState(manageMemberAction, idle);
  useEffect(() => {
    if (state.status === "success") onDone();
  }, [state, onDone]);
  const copy = COPY[pending.op];
  const destructive = pending.op === "remove" || pending.op === "ban";
  const roleErrors = errorsFor(state, "role");
  return (
    <form action={action} className="space-y-4">
      <ActionFeedback state={state} />
      <input type="hidden" name="op" value={pending.op} />
      <input type="hidden" name="membershipId" value={pending.membershipId} />
      {pending.op === "role" ? (
        <fieldset className="space-y-2">
          <legend className="sr-only">New role</legend>
          {(pending.roles ?? []).map((role, i) => (
            <label
              key={role}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-border p-3 has-[:checked]:border-primary"
            >
              <input type="radio" name="role" value={role} defaultChecked={i === 0} className="mt-1" />
              <span>
                <span className="block font-medium">{ROLE_CHOICES[role]?.label ?? role}</span>
                <span className="block text-sm text-muted-foreground">{ROLE_CHOICES[role]?.hint}</span>
              </span>
            </label>
          ))}
          {roleErrors ? <p className="text-sm text-destructive">{roleErrors.join(" ")}</p> : null}
        </fieldset>
      ) : null}
      {pending.op === "mute" ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">For how long?</legend>
          <div className="grid grid-cols-2 gap-2">
            {MUTE_CHOICES.map(([value, label], i) => (
              <label
                key={value}
                className="flex cursor-pointer items-center gap-2 rounded-lg border border-border p-3 has-[:checked]:border-primary"
              >
                <input type="radio" name="duration" value={value} defaultChecked={i === 1} />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <SubmitButton variant={destructive ? "destructive" : "default"} pendingLabel="Saving…">
          {copy.confirm}
        </SubmitButton>
      </div>
    </form>
  );
}

/**
 * One dialog for every per-member tool, owned by the list rather than by a row: after a removal the row is gone,
 * but the dialog (and its success toast) stays until it closes.
 */
export function MemberActionDialog({
  pending,
  onClose,
  onCloseAutoFocus,
}: {
  pending: PendingMemberAction | null;
  onClose: () => void;
  onCloseAutoFocus?: (event: Event) => void;
}) {
  const copy = pending ? COPY[pending.op] : null;
  return (
    <Dialog
      open={pending !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={pending && copy ? copy.title(pending.name) : ""}
      description={pending && copy ? copy.description(pending.name) : undefined}
      {...(onCloseAutoFocus ? { onCloseAutoFocus } : {})}
    >
      {pending ? (
        <MemberActionForm key={`${pending.op}:${pending.membershipId}`} pending={pending} onDone={onClose} />
      ) : null}
    </Dialog>
  );
}
