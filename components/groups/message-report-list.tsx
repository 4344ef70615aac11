"use client";

import { useId, useState } from "react";
import { MessageSquareWarning } from "lucide-react";
import type { MessageReportDto } from "@/lib/chat/message-reports";
import { ActionFeedback } from "@/components/action-feedback";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { LinkifiedText } from "@/components/linkified-text";
import { reportReasonLabel } from "./feed/labels";
import { TimeAgo } from "./feed/time-ago";
import { errorsOnly, useFeedAction, type AnyFeedAction } from "./feed/use-feed-action";

const OUTCOMES = [
  { value: "warn", label: "Warn the author", hint: "They receive your note (or a kind default)." },
  { value: "end", label: "End the pairing", hint: "Your note stays with the admins; both are told it ended." },
  { value: "remove", label: "Remove the author from the group", hint: "Their pairings end; they may ask to rejoin." },
  { value: "dismiss", label: "Dismiss the report", hint: "Nothing changes." },
] as const;

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
  const id = useId();
  const headingId = `message-report-${report.id}`;
  return (
    <li>
      <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-border bg-card p-4 sm:p-5">
        <header className="space-y-1">
          <h3 id={headingId} className="flex flex-wrap items-center gap-2 font-medium">
            <MessageSquareWarning aria-hidden className="size-4 text-destructive" />
            {reportReasonLabel(report.reason)}
            <Badge variant="outline">Message in {report.pairing.program}</Badge>
            {report.pairing.state !== "ACTIVE" ? <Badge variant="secondary">Pairing ended</Badge> : null}
          </h3>
          <p className="text-sm text-muted-foreground">
            Reported by {report.reporter.name} · <TimeAgo iso={report.createdAt} />
          </p>
        </header>
        {report.note ? (
          <div className="space-y-1 text-sm">
            <p className="text-xs font-medium text-muted-foreground">Note from {report.reporter.name}</p>
            <blockquote className="whitespace-pre-line border-s-2 border-border ps-3 [overflow-wrap:anywhere]">
              {report.note}
            </blockquote>
          </div>
        ) : null}
        <figure className="space-y-2 rounded-md bg-muted p-3">
          <figcaption className="flex flex-wrap items-center gap-2 text-sm">
            <Avatar name={report.author.name} size="sm" />
            <span className="font-medium">{report.author.name}</span>
            <TimeAgo iso={report.message.createdAt} className="text-xs text-muted-foreground" />
            {report.message.since === "edited" ? <Badge variant="secondary">Edited since the report</Badge> : null}
            {report.message.since === "deleted" ? <Badge variant="secondary">Deleted by the author</Badge> : null}
          </figcaption>
          <LinkifiedText text={report.message.body} className="block text-sm" />
        </figure>
        <p className="text-xs text-muted-foreground">
          Only this message is shown to you, as it was when reported; the rest of the conversation stays private to the
          pair.
        </p>
        <form action={action} className="space-y-3" noValidate>
          <ActionFeedback state={errorsOnly(state)} />
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="reportId" value={report.id} />
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">What to do</legend>
            {OUTCOMES.filter(
              (o) =>
                (o.value !== "remove" || report.author.membershipId) &&
                (o.value !== "end" || report.pairing.state === "ACTIVE"),
            ).map((o) => (
              <label key={o.value} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name="outcome"
                  value={o.value}
                  checked={outcome === o.value}
                  onChange={() => setOutcome(o.value)}
                  className="mt-1 accent-primary"
                />
                <span>
                  {o.label} <span className="block text-xs text-muted-foreground">{o.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {outcome === "warn" || outcome === "end" ? (
            <div className="space-y-1">
              <Label htmlFor={id}>
                {outcome === "warn" ? "Note to the author (optional)" : "Note for the admins (optional)"}
              </Label>
              <Textarea id={id} name="note" rows={2} maxLength={1000} />
            </div>
          ) : null}
          <SubmitButton size="sm" variant={outcome === "dismiss" ? "outline" : "destructive"} pendingLabel="Saving…">
            {OUTCOMES.find((o) => o.value === outcome)?.label}
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
  if (reports.length === 0)
    return (
      <p className="text-sm text-muted-foreground">No reported messages. Pairs&apos; conversations stay private.</p>
    );
  return (
    <ul className="space-y-3">
      {reports.map((r) => (
        <MessageReportItem key={r.id} report={r} slug={slug} resolve={resolve} />
      ))}
    </ul>
  );
}
