"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import type { FeedActions } from "./feed-actions";
import { errorsOnly, useFeedAction } from "./use-feed-action";

/** Writes a comment on a post, or a reply to a top-level comment (`parentId`). Keeps the text if it fails. */
export function CommentForm({
  slug,
  postId,
  parentId,
  replyTo,
  autoFocus = false,
  onDone,
  action,
}: {
  slug: string;
  postId: string;
  parentId?: string;
  replyTo?: string;
  autoFocus?: boolean;
  onDone?: () => void;
  action: FeedActions["createComment"];
}) {
  const [state, formAction] = useFeedAction(action, onDone);
  const t = useTranslations("feed.comments");
  const id = useId();
  const errors = errorsFor(state, "body") ?? errorsFor(state, "parentId");
  const label = replyTo ? t("replyTo", { name: replyTo }) : t("write");
  return (
    <form
      action={formAction}
      className="space-y-2"
      noValidate
      onKeyDown={(e) => {
        if (e.key === "Escape" && onDone) onDone();
      }}
    >
      <ActionFeedback state={errorsOnly(state)} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="postId" value={postId} />
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <Label htmlFor={id} className="sr-only">
        {label}
      </Label>
      <div className="flex items-end gap-2">
        <Textarea
          id={id}
          name="body"
          rows={1}
          autoFocus={autoFocus}
          maxLength={2000}
          placeholder={replyTo ? t("replyToPlaceholder", { name: replyTo }) : t("writePlaceholder")}
          defaultValue={valueAfter(state, "body")}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${id}-error` : undefined}
          className="min-h-10 flex-1"
        />
        <SubmitButton size="sm" variant="secondary" pendingLabel={t("sending")}>
          {replyTo ? t("reply") : t("comment")}
        </SubmitButton>
      </div>
      {errors ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {errors.join(" ")}
        </p>
      ) : null}
    </form>
  );
}
