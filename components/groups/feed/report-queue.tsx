"use client";

import { useId, useRef, useState } from "react";
import { Flag, ShieldX } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReportDto } from "@/lib/groups/feed/dto";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { LinkifiedText } from "@/components/linkified-text";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { TimeAgo } from "./time-ago";
import { errorsOnly, useFeedAction, type AnyFeedAction } from "./use-feed-action";

function RemoveForm({
  report,
  slug,
  resolve,
  onDone,
}: {
  report: ReportDto;
  slug: string;
  resolve: AnyFeedAction;
  onDone: () => void;
}) {
  const [state, action] = useFeedAction(resolve, onDone);
  const t = useTranslations("moderation");
  const id = useId();
  const errors = errorsFor(state, "reason");
  return (
    <form action={action} className="space-y-3" noValidate>
      <ActionFeedback state={errorsOnly(state)} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="reportId" value={report.id} />
      <input type="hidden" name="outcome" value="remove" />
      <div className="space-y-2">
        <Label htmlFor={id}>{t("queue.reasonLabel")}</Label>
        <Textarea
          id={id}
          name="reason"
          rows={3}
          minLength={3}
          maxLength={500}
          defaultValue={valueAfter(state, "reason", t("queue.reportedAs", { reason: report.reason }))}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${id}-error` : undefined}
        />
        {errors ? (
          <p id={`${id}-error`} className="text-sm text-destructive">
            {errors.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {t("queue.cancel")}
          </Button>
        </DialogClose>
        <SubmitButton variant="destructive" pendingLabel={t("queue.removing")}>
          {t("queue.removeSubmit", { kind: report.target.type })}
        </SubmitButton>
      </div>
    </form>
  );
}

function ReportItem({ report, slug, resolve }: { report: ReportDto; slug: string; resolve: AnyFeedAction }) {
  const [removing, setRemoving] = useState(false);
  const t = useTranslations("moderation");
  const [state, dismiss] = useFeedAction(resolve);
  const removeButton = useRef<HTMLButtonElement>(null);
  const { target } = report;
  const headingId = `report-${report.id}`;
  return (
    <li>
      <article
        aria-labelledby={headingId}
        className="space-y-3 rounded-lg border border-border bg-card p-4 shadow-sm sm:p-5"
      >
        <header className="flex flex-wrap items-start justify-between gap-2">
          <div className="space-y-1">
            <h2 id={headingId} className="flex flex-wrap items-center gap-2 font-medium">
              <Flag aria-hidden className="size-4 text-destructive" />
              {t("reason", { reason: report.reason })}
              <Badge variant="outline">{t("queue.kind", { kind: target.type })}</Badge>
              {target.status === "REMOVED" ? <Badge variant="destructive">{t("queue.alreadyRemoved")}</Badge> : null}
            </h2>
            <p className="text-sm text-muted-foreground">
              {t("queue.reportedBy", { name: report.reporter.name })} · <TimeAgo iso={report.createdAt} />
            </p>
          </div>
        </header>
        {report.note ? (
          <blockquote className="border-s-2 border-border ps-3 text-sm">
            <span className="sr-only">{t("queue.reporterNote")} </span>
            <span dir="auto" className="whitespace-pre-line [overflow-wrap:anywhere]">
              {report.note}
            </span>
          </blockquote>
        ) : null}
        <figure className="space-y-2 rounded-md bg-muted p-3">
          <figcaption className="flex items-center gap-2 text-sm">
            <Avatar name={target.author.name} photo={target.author.photo} size="sm" />
            <span dir="auto" className="font-medium">
              {target.author.name}
            </span>
            <TimeAgo iso={target.createdAt} className="text-xs text-muted-foreground" />
          </figcaption>
          <div dir="auto">
            <LinkifiedText text={target.body} className="block text-sm" />
          </div>
        </figure>
        <ActionFeedback state={errorsOnly(state)} />
        <div className="flex flex-wrap gap-2">
          <Button ref={removeButton} variant="destructive" size="sm" onClick={() => setRemoving(true)}>
            <ShieldX aria-hidden /> {t("queue.removeButton", { kind: target.type })}
          </Button>
          <form action={dismiss}>
            <input type="hidden" name="slug" value={slug} />
            <input type="hidden" name="reportId" value={report.id} />
            <input type="hidden" name="outcome" value="dismiss" />
            <SubmitButton variant="outline" size="sm" pendingLabel={t("queue.dismissing")}>
              {t("queue.dismiss")}
            </SubmitButton>
          </form>
        </div>
        <Dialog
          open={removing}
          onOpenChange={setRemoving}
          returnFocusTo={removeButton}
          title={t("queue.removeTitle", { kind: target.type })}
          description={t("queue.removeDescription", { name: target.author.name })}
        >
          <RemoveForm report={report} slug={slug} resolve={resolve} onDone={() => setRemoving(false)} />
        </Dialog>
      </article>
    </li>
  );
}

/** The moderators' queue of open reports in this group, oldest first. `resolve` is the page's server action. */
export function ReportQueue({
  reports,
  total,
  slug,
  resolve,
}: {
  reports: ReportDto[];
  total: number;
  slug: string;
  resolve: AnyFeedAction;
}) {
  const t = useTranslations("moderation.queue");
  if (total === 0) {
    return (
      <div className="rounded-lg border border-dashed border-border p-8 text-center">
        <p className="font-medium">{t("emptyTitle")}</p>
        <p className="text-sm text-muted-foreground">{t("emptyBody")}</p>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {total > reports.length
          ? t("openShowing", { count: total, shown: reports.length })
          : t("open", { count: total })}
      </p>
      <ul className="space-y-4">
        {reports.map((r) => (
          <ReportItem key={r.id} report={r} slug={slug} resolve={resolve} />
        ))}
      </ul>
    </div>
  );
}
