import type { DashboardPairDto } from "./dashboard-dto";

/**
 * One CSV cell: quoted when needed, and a leading = + - @ (or tab/CR) neutralized with a quote mark, so a name
 * cannot become a formula in a spreadsheet (CSV injection).
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** An instant for a spreadsheet, to the minute, in UTC (the header says so): "2027-03-08 10:00". */
const utcMinute = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : null);

const HEADER = [
  "Mentor",
  "Mentee",
  "State",
  "Started",
  "Steps started (UTC)",
  "Current step",
  "Current step due (UTC)",
  "Steps done",
  "Steps",
  "Complete (%)",
  "Last activity",
  "Average rating",
  "Stalled",
];

/** Pairs as CSV lines (each ending in CRLF), without the header: one batch of a streamed file. */
export function pairsCsvRows(pairs: readonly DashboardPairDto[]): string {
  return pairs
    .map(
      (p) =>
        [
          p.mentor,
          p.mentee,
          p.state,
          p.startedAt.slice(0, 10),
          utcMinute(p.clockStartedAt),
          p.currentStep,
          utcMinute(p.currentStepDueAt),
          p.done,
          p.total,
          p.percent,
          p.lastActivityAt.slice(0, 10),
          p.averageRating,
          p.stalled ? "yes" : "no",
        ]
          .map(csvCell)
          .join(",") + "\r\n",
    )
    .join("");
}

/** The header line of the pairs' CSV. */
export const PAIRS_CSV_HEADER = HEADER.map(csvCell).join(",") + "\r\n";

/**
 * The pairs and their outcomes, for a spreadsheet: states, dates and ratings, never the pair's words. Due dates are
 * the same instants the pairs see (decision 015), written in UTC so one file reads the same in every office.
 */
export function pairsCsv(pairs: readonly DashboardPairDto[]): string {
  return PAIRS_CSV_HEADER + pairsCsvRows(pairs);
}

/** The whole file as a stream, batch by batch (the service reads the pairs with a keyset cursor). */
export function pairsCsvStream(batches: AsyncIterable<readonly DashboardPairDto[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(PAIRS_CSV_HEADER));
        return;
      }
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(pairsCsvRows(next.value)));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
