"use client";

import { useTranslations } from "next-intl";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { Avatar } from "@/components/ui/avatar";
import type { AvatarPhoto } from "@/lib/photos/url";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import type { FeedActions } from "./feed-actions";
import { errorsOnly, useFeedAction } from "./use-feed-action";

/** Write a post. Field errors show under the box, and the text stays when something fails. */
export function Composer({
  slug,
  authorName,
  authorPhoto,
  needsApproval,
  action,
}: {
  slug: string;
  authorName: string;
  authorPhoto: AvatarPhoto | null;
  needsApproval: boolean;
  action: FeedActions["createPost"];
}) {
  const [state, formAction] = useFeedAction(action);
  const t = useTranslations("feed.composer");
  const errors = errorsFor(state, "body");
  const describedBy = [errors ? "composer-error" : null, needsApproval ? "composer-approval" : null]
    .filter(Boolean)
    .join(" ");
  return (
    <section aria-labelledby="composer-title" className="rounded-lg border border-border bg-card p-4 shadow-sm sm:p-5">
      <h2 id="composer-title" className="sr-only">
        {t("title")}
      </h2>
      <form action={formAction} className="space-y-3" noValidate>
        <ActionFeedback state={errorsOnly(state)} />
        <input type="hidden" name="slug" value={slug} />
        <div className="flex gap-3">
          <Avatar name={authorName} photo={authorPhoto} className="hidden sm:inline-flex" />
          <div className="min-w-0 flex-1 space-y-2">
            <Label htmlFor="composer-body" className="sr-only">
              {t("label")}
            </Label>
            <Textarea
              id="composer-body"
              name="body"
              rows={3}
              maxLength={5000}
              placeholder={t("placeholder")}
              defaultValue={valueAfter(state, "body")}
              aria-invalid={errors ? true : undefined}
              aria-describedby={describedBy || undefined}
            />
            {errors ? (
              <p id="composer-error" className="text-sm text-destructive">
                {errors.join(" ")}
              </p>
            ) : null}
          </div>
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p id="composer-approval" className="text-sm text-muted-foreground">
            {needsApproval ? t("needsApproval") : null}
          </p>
          <SubmitButton pendingLabel={t("posting")}>{t("post")}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
