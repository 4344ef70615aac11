/**
 * A reported message as the group's admins see it. The use cases around it have their own files: the list
 * (`find-message-reports.ts`), the decision (`resolve-message-report.ts`, its input in `schemas.ts`) and the tab's
 * count (`count-message-reports.ts`).
 */
export type MessageReportDto = {
  id: string;
  reason: string;
  note: string | null;
  createdAt: string;
  reporter: { id: string; name: string };
  /**
   * The reported message alone, never the rest of the thread: its words as they were when reported, and whether
   * the author has edited or deleted it since.
   */
  message: { id: string; body: string; createdAt: string; since: "edited" | "deleted" | null };
  author: { id: string; name: string; membershipId: string | null };
  pairing: { id: string; state: string; program: string };
};
