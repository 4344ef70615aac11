import { Quote, Star } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { FeedbackSummaryDto } from "@/lib/pairings/dashboard-dto";
import { npsText, oneDecimal } from "./numbers";

/**
 * What participants said at the end: the average rating, the NPS and the latest comments, with a name only where
 * the participant chose to share it.
 */
export function FeedbackSummary({
  feedback,
  formatDate,
}: {
  feedback: FeedbackSummaryDto;
  formatDate: (iso: string) => string;
}) {
  const t = useTranslations("pairings.dashboard.feedback");
  const locale = useLocale();
  if (feedback.count === 0)
    return (
      <p className="rounded-lg border border-dashed border-border bg-card p-6 text-center text-sm text-muted-foreground">
        {t("none")}
      </p>
    );
  const average = feedback.averageRating === null ? "—" : oneDecimal(feedback.averageRating, locale);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        {t.rich("summary", {
          count: feedback.count,
          average,
          nps: npsText(feedback.nps),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {feedback.commentCount > feedback.comments.length ? (
        <p className="text-sm text-muted-foreground">
          {t("latest", { shown: feedback.comments.length, count: feedback.commentCount })}
        </p>
      ) : null}
      {feedback.comments.length ? (
        <ul className="grid gap-3 md:grid-cols-2" aria-label={t("comments")}>
          {feedback.comments.map((c, i) => (
            <li key={i}>
              <figure className="flex h-full flex-col gap-2 rounded-lg border border-border bg-card p-4">
                <Quote aria-hidden className="size-4 text-muted-foreground" />
                <blockquote className="whitespace-pre-line break-words text-sm">{c.comment}</blockquote>
                <figcaption className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
                  <span className="font-medium text-foreground">{c.author ?? t("anonymous")}</span>
                  <span className="inline-flex items-center gap-1">
                    <Star aria-hidden className="size-3" />
                    {t("rating", { rating: c.rating })}
                  </span>
                  <span>{t("recommend", { value: c.recommend })}</span>
                  <span>{formatDate(c.at)}</span>
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">{t("noComments")}</p>
      )}
    </div>
  );
}
