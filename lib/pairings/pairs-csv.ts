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

const HEADER = [
  "Mentor",
  "Mentee",
  "State",
  "Started",
  "Current step",
  "Steps done",
  "Steps",
  "Complete (%)",
  "Last activity",
  "Average rating",
  "Stalled",
];

/** The pairs and their outcomes, for a spreadsheet: states, dates and ratings, never the pair's words. */
export function pairsCsv(pairs: readonly DashboardPairDto[]): string {
  const rows = pairs.map((p) => [
    p.mentor,
    p.mentee,
    p.state,
    p.startedAt.slice(0, 10),
    p.currentStep,
    p.done,
    p.total,
    p.percent,
    p.lastActivityAt.slice(0, 10),
    p.averageRating,
    p.stalled ? "yes" : "no",
  ]);
  return [HEADER, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
