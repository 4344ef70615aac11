import { Quote, Star } from "lucide-react";
import type { FeedbackSummaryDto } from "@/lib/pairings/dashboard-dto";
import { plural } from "../labels";

/**
 * What participants said at the end: the average rating, the NPS and the comments, with a name only where the
 * participant chose to share it.
 */
export function FeedbackSummary({
  feedback,
  formatDate,
}: {
  feedback: FeedbackSummaryDto;
  formatDate: (iso: string) => string;
}) {
  if (feedback.count === 0)
    return (
      <p className="rounded-lg border border-dashed border-border bg-card p-6 text-center text-sm text-muted-foreground">
        No feedback yet. Participants are asked for it when their mentorship completes.
      </p>
    );
  const nps = feedback.nps === null ? "—" : feedback.nps > 0 ? `+${feedback.nps}` : String(feedback.nps);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        {plural(feedback.count, "participant")} gave feedback: an average rating of{" "}
        <strong>{feedback.averageRating?.toFixed(1) ?? "—"} out of 5</strong> and a Net Promoter Score of{" "}
        <strong>{nps}</strong>.
      </p>
      {feedback.comments.length ? (
        <ul className="grid gap-3 md:grid-cols-2" aria-label="Comments">
          {feedback.comments.map((c, i) => (
            <li key={i}>
              <figure className="flex h-full flex-col gap-2 rounded-lg border border-border bg-card p-4">
                <Quote aria-hidden className="size-4 text-muted-foreground" />
                <blockquote className="whitespace-pre-line break-words text-sm">{c.comment}</blockquote>
                <figcaption className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
                  <span className="font-medium text-foreground">{c.author ?? "Anonymous"}</span>
                  <span className="inline-flex items-center gap-1">
                    <Star aria-hidden className="size-3" />
                    {c.rating} / 5
                  </span>
                  <span>Would recommend: {c.recommend} / 10</span>
                  <span>{formatDate(c.at)}</span>
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">Nobody has left a comment yet.</p>
      )}
    </div>
  );
}
