import type { QuestionKind } from "./question-schema";
import type { ApplicationState, ProgramState } from "./state-machine";
import type { ProgramTemplate } from "./templates";
import type { ProgramRow } from "./scope";
import type { Role } from "./schemas";

export type ProgramSummaryDto = {
  id: string;
  groupId: string;
  name: string;
  description: string;
  audience: string;
  template: ProgramTemplate;
  state: ProgramState;
  lengthWeeks: number | null;
  defaultMentorCapacity: number;
  allowDualRole: boolean;
  acceptWhileRunning: boolean;
  topics: string[];
  archived: boolean;
  acceptingApplications: boolean;
  openedAt: string | null;
  startedAt: string | null;
  closedAt: string | null;
  createdAt: string;
};

export type StepDto = {
  id: string;
  position: number;
  title: string;
  guidance: string;
  prompts: string[];
  dueWeek: number;
  isGoalStep: boolean;
  /** Pairs have checked in on it: it can no longer change, and removing it only retires it. */
  locked: boolean;
};

export type QuestionDto = {
  id: string;
  role: Role;
  position: number;
  kind: QuestionKind;
  label: string;
  help: string;
  required: boolean;
  options: string[];
  minLength: number | null;
  maxLength: number | null;
  maxChoices: number | null;
};

export type MyApplicationDto = {
  id: string;
  role: Role;
  state: ApplicationState;
  capacity: number | null;
  answers: Record<string, unknown>;
  decisionMessage: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  updatedAt: string;
};

export type ProgramDetailDto = ProgramSummaryDto & {
  steps: StepDto[];
  /** Both roles' questions; the apply form shows its role's. */
  questions: QuestionDto[];
  mine: MyApplicationDto[];
  /** For the group's program managers: applications by role and state. */
  counts: ApplicationCounts | null;
};

export type ApplicationCounts = Record<Role, Partial<Record<ApplicationState, number>>>;

export function toProgramSummary(program: ProgramRow, acceptingApplications: boolean): ProgramSummaryDto {
  return {
    id: program.id,
    groupId: program.groupId,
    name: program.name,
    description: program.description,
    audience: program.audience,
    template: program.template,
    state: program.state,
    lengthWeeks: program.lengthWeeks,
    defaultMentorCapacity: program.defaultMentorCapacity,
    allowDualRole: program.allowDualRole,
    acceptWhileRunning: program.acceptWhileRunning,
    topics: program.topics,
    archived: program.archivedAt !== null,
    acceptingApplications,
    openedAt: program.openedAt?.toISOString() ?? null,
    startedAt: program.startedAt?.toISOString() ?? null,
    closedAt: program.closedAt?.toISOString() ?? null,
    createdAt: program.createdAt.toISOString(),
  };
}

export function toMyApplication(a: {
  id: string;
  role: Role;
  state: ApplicationState;
  capacity: number | null;
  answers: unknown;
  decisionMessage: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  updatedAt: Date;
}): MyApplicationDto {
  return {
    id: a.id,
    role: a.role,
    state: a.state,
    capacity: a.capacity,
    answers: (a.answers && typeof a.answers === "object" ? a.answers : {}) as Record<string, unknown>,
    // The applicant sees the admin's message only once decided (and never the admin's name).
    decisionMessage:
      a.state === "DECLINED" || a.state === "WAITLISTED" || a.state === "APPROVED" ? a.decisionMessage : null,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt.toISOString(),
  };
}
