"use client";

import { useId, useState } from "react";
import { MessageSquareWarning } from "lucide-react";
import { useTranslations } from "next-intl";
import type { MessageReportDto } from "@/lib/chat/message-reports";
import { ActionFeedback } from "@/components/action-feedback";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { LinkifiedText } from "@/components/linkified-text";
import { TimeAgo } from "./feed/time-ago";
import { errorsOnly, useFeedAction, type AnyFeedAction } from "./feed/use-feed-action";

const OUTCOMES = ["warn", "end", "remove", "dismiss"] as const;

function MessageReportItem({
  report,
  slug,
  resolve,
}: {
  report: MessageReportDto;
  slug: string;
  resolve: AnyFeedAction;
}) {
  const [state, action] = useFeedAction(resolve);
  const [outcome, setOutcome] = useState<string>("warn");
  const t = useTranslations("moderation");
  const id = useId();
  const headingId = `message-report-${report.id}`;
  return (
    <li>
      <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-border bg-card p-4 sm:p-5">
        <header className="space-y-1">
          <h3 id={headingId} className="flex flex-wrap items-center gap-2 font-medium">
            <MessageSquareWarning aria-hidden className="size-4 text-destructive" />
            {t("reason", { reason: report.reason })}
            <Badge variant="outline">{t("messages.in", { program: report.pairing.program })}</Badge>
            {report.pairing.state !== "ACTIVE" ? <Badge variant="secondary">{t("messages.pairingEnded")}</Badge> : null}
          </h3>
          <p className="text-sm text-muted-foreground">
            {t("queue.reportedBy", { name: report.reporter.name })} · <TimeAgo iso={report.createdAt} />
          </p>
        </header>
        {report.note ? (
          <div className="space-y-1 text-sm">
            <p className="text-xs font-medium text-muted-foreground">
              {t("messages.noteFrom", { name: report.reporter.name })}
            </p>
            <blockquote
              dir="auto"
              className="whitespace-pre-line border-s-2 border-border ps-3 [overflow-wrap:anywhere]"
            >
              {report.note}
            </blockquote>
          </div>
        ) : null}
        <figure className="space-y-2 rounded-md bg-muted p-3">
          <figcaption className="flex flex-wrap items-center gap-2 text-sm">
            <Avatar name={report.author.name} size="sm" />
            <span dir="auto" className="font-medium">
              {report.author.name}
            </span>
            <TimeAgo iso={report.message.createdAt} className="text-xs text-muted-foreground" />
            {report.message.since === "edited" ? <Badge variant="secondary">{t("messages.editedSince")}</Badge> : null}
            {report.message.since === "deleted" ? (
              <Badge variant="secondary">{t("messages.deletedByAuthor")}</Badge>
            ) : null}
          </figcaption>
          <div dir="auto">
            <LinkifiedText text={report.message.body} className="block text-sm" />
          </div>
        </figure>
        <p className="text-xs text-muted-foreground">{t("messages.onlyThis")}</p>
        <form action={action} className="space-y-3" noValidate>
          <ActionFeedback state={errorsOnly(state)} />
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="reportId" value={report.id} />
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">{t("messages.whatToDo")}</legend>
            {OUTCOMES.filter(
              (o) =>
                (o !== "remove" || report.author.membershipId) && (o !== "end" || report.pairing.state === "ACTIVE"),
            ).map((o) => (
              <label key={o} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name="outcome"
                  value={o}
                  checked={outcome === o}
                  onChange={() => setOutcome(o)}
                  className="mt-1 accent-primary"
                />
                <span>
                  {t("messages.outcome", { outcome: o })}{" "}
                  <span className="block text-xs text-muted-foreground">
                    {t("messages.outcomeHint", { outcome: o })}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          {outcome === "warn" || outcome === "end" ? (
            <div className="space-y-1">
              <Label htmlFor={id}>
                {outcome === "warn" ? t("messages.noteToAuthor") : t("messages.noteForAdmins")}
              </Label>
              <Textarea id={id} name="note" rows={2} maxLength={1000} />
            </div>
          ) : null}
          <SubmitButton
            size="sm"
            variant={outcome === "dismiss" ? "outline" : "destructive"}
            pendingLabel={t("messages.saving")}
          >
            {t("messages.outcome", { outcome })}
          </SubmitButton>
        </form>
      </article>
    </li>
  );
}

/** Reported messages in the group's mentorships, for owners and admins: each message alone. `resolve` is the page's server action. */
export function MessageReportList({
  reports,
  slug,
  resolve,
}: {
  reports: MessageReportDto[];
  slug: string;
  resolve: AnyFeedAction;
}) {
  const t = useTranslations("moderation.messages");
  if (reports.length === 0) return <p className="text-sm text-muted-foreground">{t("empty")}</p>;
  return (
    <ul className="space-y-3">
      {reports.map((r) => (
        <MessageReportItem key={r.id} report={r} slug={slug} resolve={resolve} />
      ))}
    </ul>
  );
}
