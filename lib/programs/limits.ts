/**
 * The programs area's limits and enums, without zod (issue 18, goal 6): client components import these to show a
 * counter or cap a list, and importing lib/programs/schemas.ts would ship zod (and, through the templates, the whole
 * English catalogue) to the browser. schemas.ts builds its schemas from these and re-exports them for the server.
 */
export const MAX_STEPS = 30;
export const MAX_PROMPTS = 5;
export const MAX_QUESTIONS_PER_ROLE = 20;
export const MAX_PROGRAM_TOPICS = 30;
export const MAX_BULK_APPLICATIONS = 100;
export const APPLICATIONS_PAGE_SIZE = 25;

export const ROLES = ["MENTOR", "MENTEE"] as const;
export type Role = (typeof ROLES)[number];

export const DECISIONS = ["approve", "waitlist", "decline"] as const;
export type Decision = (typeof DECISIONS)[number];

export const APPLICATION_STATE_FILTERS = [
  "PENDING",
  "WAITLISTED",
  "APPROVED",
  "MATCHED",
  "DECLINED",
  "WITHDRAWN",
] as const;
