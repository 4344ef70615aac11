"use client";

import { useId, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils/cn";
import { inputClassName } from "@/components/ui/input";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import type { FeedActions } from "./feed-actions";
import { REPORT_REASONS } from "./labels";
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
  const t = useTranslations("feed.dialogs");
  return (
    <div className="flex flex-wrap justify-end gap-2 pt-2">
      <DialogClose asChild>
        <Button type="button" variant="outline">
          {t("cancel")}
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
  const t = useTranslations("feed.dialogs");
  const id = useId();
  const errors = errorsFor(state, "reason");
  return (
    <form action={action} className="space-y-3" noValidate>
      <ActionFeedback state={errorsOnly(state)} />
      <Hidden slug={slug} content={content} />
      <div className="space-y-2">
        <Label htmlFor={id}>{t("reason")}</Label>
        <Textarea
          id={id}
          name="reason"
          rows={3}
          required
          minLength={3}
          maxLength={500}
          placeholder={t("reasonPlaceholder")}
          defaultValue={valueAfter(state, "reason")}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${id}-error` : undefined}
        />
        <FieldErrors id={`${id}-error`} errors={errors} />
      </div>
      <Actions submit={submit} pending={t("saving")} destructive />
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
  const t = useTranslations("feed.dialogs");
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      returnFocusTo={returnFocusTo}
      title={decline ? t("declineTitle") : t("removeTitle", { kind: content.kind })}
      description={
        decline
          ? t("declineDescription", { name: content.authorName })
          : t("removeDescription", { name: content.authorName })
      }
    >
      <RemoveForm
        slug={slug}
        content={content}
        submit={decline ? t("declineSubmit") : t("removeSubmit", { kind: content.kind })}
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
  const t = useTranslations("feed.dialogs");
  const tReason = useTranslations("moderation");
  const id = useId();
  const reasonErrors = errorsFor(state, "reason");
  const noteErrors = errorsFor(state, "note");
  const chosen = valueAfter(state, "reason");
  return (
    <form action={action} className="space-y-4" noValidate>
      <ActionFeedback state={errorsOnly(state)} />
      <Hidden slug={slug} content={content} />
      <fieldset className="space-y-2" aria-describedby={reasonErrors ? `${id}-reason-error` : undefined}>
        <legend className="mb-2 text-sm font-medium">{t("whatsWrong")}</legend>
        {REPORT_REASONS.map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="reason" value={value} defaultChecked={chosen === value} required />
            {tReason("reason", { reason: value })}
          </label>
        ))}
        <FieldErrors id={`${id}-reason-error`} errors={reasonErrors} />
      </fieldset>
      <div className="space-y-2">
        <Label htmlFor={`${id}-note`}>{t("noteLabel")}</Label>
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
      <Actions submit={t("sendReport")} pending={t("sending")} />
    </form>
  );
}

/** Any member reports a post or comment to the group's moderators. */
export function ReportDialog({ slug, content, open, onOpenChange, returnFocusTo, actions }: DialogProps) {
  const t = useTranslations("feed.dialogs");
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      returnFocusTo={returnFocusTo}
      title={t("reportTitle", { kind: content.kind })}
      description={t("reportDescription", { name: content.authorName })}
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
  const t = useTranslations("feed.dialogs");
  return (
    <form action={action} className="space-y-3">
      <ActionFeedback state={errorsOnly(state)} />
      <Hidden slug={slug} content={content} />
      <Actions submit={t("delete")} pending={t("deleting")} destructive />
    </form>
  );
}

/** The author deletes their own post or comment, for good. */
export function DeleteDialog({ slug, content, open, onOpenChange, returnFocusTo, actions }: DialogProps) {
  const t = useTranslations("feed.dialogs");
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      returnFocusTo={returnFocusTo}
      title={t("deleteTitle", { kind: content.kind })}
      description={t("deleteDescription", { kind: content.kind })}
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
