"use client";

import { useId, type RefObject } from "react";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils/cn";
import { inputClassName } from "@/components/ui/input";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import type { FeedActions } from "./feed-actions";
import { REPORT_REASON_LABELS } from "./labels";
import { errorsOnly, useFeedAction, type AnyFeedAction } from "./use-feed-action";

export type ContentRef = { kind: "post" | "comment"; id: string; authorName: string };

type DialogProps = {
  slug: string;
  content: ContentRef;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusTo?: RefObject<HTMLElement | null>;
  actions: FeedActions;
};

const idField = (c: ContentRef) =>
  c.kind === "post" ? { name: "postId", value: c.id } : { name: "commentId", value: c.id };

function Hidden({ slug, content }: { slug: string; content: ContentRef }) {
  const field = idField(content);
  return (
    <>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name={field.name} value={field.value} />
    </>
  );
}

function FieldErrors({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm text-destructive">
      {errors.join(" ")}
    </p>
  );
}

function Actions({ submit, pending, destructive }: { submit: string; pending: string; destructive?: boolean }) {
  return (
    <div className="flex flex-wrap justify-end gap-2 pt-2">
      <DialogClose asChild>
        <Button type="button" variant="outline">
          Cancel
        </Button>
      </DialogClose>
      <SubmitButton variant={destructive ? "destructive" : "default"} pendingLabel={pending}>
        {submit}
      </SubmitButton>
    </div>
  );
}

function RemoveForm({
  slug,
  content,
  submit,
  action: remove,
  onDone,
}: {
  slug: string;
  content: ContentRef;
  submit: string;
  action: AnyFeedAction;
  onDone: () => void;
}) {
  const [state, action] = useFeedAction(remove, onDone);
  const id = useId();
  const errors = errorsFor(state, "reason");
  return (
    <form action={action} className="space-y-3" noValidate>
      <ActionFeedback state={errorsOnly(state)} />
      <Hidden slug={slug} content={content} />
      <div className="space-y-2">
        <Label htmlFor={id}>Reason</Label>
        <Textarea
          id={id}
          name="reason"
          rows={3}
          required
          minLength={3}
          maxLength={500}
          placeholder="e.g. Please keep posts about soap making."
          defaultValue={valueAfter(state, "reason")}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${id}-error` : undefined}
        />
        <FieldErrors id={`${id}-error`} errors={errors} />
      </div>
      <Actions submit={submit} pending="Saving…" destructive />
    </form>
  );
}

/**
 * A moderator removes someone's post or comment, with a reason the author will read. Declining a post that waits
 * for approval is the same removal, worded for the queue.
 */
export function RemoveDialog({
  slug,
  content,
  open,
  onOpenChange,
  returnFocusTo,
  actions,
  decline = false,
}: DialogProps & { decline?: boolean }) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      returnFocusTo={returnFocusTo}
      title={decline ? "Decline this post?" : `Remove this ${content.kind}?`}
      description={
        decline
          ? `It won't be published. ${content.authorName} will see your reason.`
          : `It disappears for everyone but ${content.authorName}, who will see your reason.`
      }
    >
      <RemoveForm
        slug={slug}
        content={content}
        submit={decline ? "Decline post" : `Remove ${content.kind}`}
        action={content.kind === "post" ? actions.removePost : actions.removeComment}
        onDone={() => onOpenChange(false)}
      />
    </Dialog>
  );
}

function ReportForm({
  slug,
  content,
  action: report,
  onDone,
}: {
  slug: string;
  content: ContentRef;
  action: AnyFeedAction;
  onDone: () => void;
}) {
  const [state, action] = useFeedAction(report, onDone);
  const id = useId();
  const reasonErrors = errorsFor(state, "reason");
  const noteErrors = errorsFor(state, "note");
  const chosen = valueAfter(state, "reason");
  return (
    <form action={action} className="space-y-4" noValidate>
      <ActionFeedback state={errorsOnly(state)} />
      <Hidden slug={slug} content={content} />
      <fieldset className="space-y-2" aria-describedby={reasonErrors ? `${id}-reason-error` : undefined}>
        <legend className="mb-2 text-sm font-medium">What&apos;s wrong with it?</legend>
        {Object.entries(REPORT_REASON_LABELS).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="reason" value={value} defaultChecked={chosen === value} required />
            {label}
          </label>
        ))}
        <FieldErrors id={`${id}-reason-error`} errors={reasonErrors} />
      </fieldset>
      <div className="space-y-2">
        <Label htmlFor={`${id}-note`}>Anything the moderators should know? (optional)</Label>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={3}
          maxLength={1000}
          defaultValue={valueAfter(state, "note")}
          aria-invalid={noteErrors ? true : undefined}
          aria-describedby={noteErrors ? `${id}-note-error` : undefined}
          className={cn(inputClassName, "min-h-20 resize-y")}
        />
        <FieldErrors id={`${id}-note-error`} errors={noteErrors} />
      </div>
      <Actions submit="Send report" pending="Sending…" />
    </form>
  );
}

/** Any member reports a post or comment to the group's moderators. */
export function ReportDialog({ slug, content, open, onOpenChange, returnFocusTo, actions }: DialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      returnFocusTo={returnFocusTo}
      title={`Report this ${content.kind}`}
      description={`Only the group's moderators see reports. ${content.authorName} won't know who reported it.`}
    >
      <ReportForm slug={slug} content={content} action={actions.report} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}

function DeleteForm({
  slug,
  content,
  action: remove,
  onDone,
}: {
  slug: string;
  content: ContentRef;
  action: AnyFeedAction;
  onDone: () => void;
}) {
  const [state, action] = useFeedAction(remove, onDone);
  return (
    <form action={action} className="space-y-3">
      <ActionFeedback state={errorsOnly(state)} />
      <Hidden slug={slug} content={content} />
      <Actions submit="Delete" pending="Deleting…" destructive />
    </form>
  );
}

/** The author deletes their own post or comment, for good. */
export function DeleteDialog({ slug, content, open, onOpenChange, returnFocusTo, actions }: DialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      returnFocusTo={returnFocusTo}
      title={`Delete your ${content.kind}?`}
      description={
        content.kind === "post"
          ? "This can't be undone. Its comments and reactions are deleted with it."
          : "This can't be undone. Replies to it are deleted with it."
      }
    >
      <DeleteForm
        slug={slug}
        content={content}
        action={content.kind === "post" ? actions.deletePost : actions.deleteComment}
        onDone={() => onOpenChange(false)}
      />
    </Dialog>
  );
}
