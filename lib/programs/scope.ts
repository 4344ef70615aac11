import "server-only";
import { cache } from "react";
import { db, type Tx } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import type { ProgramScope } from "@/lib/auth/policy";
import type { Resolver } from "@/lib/auth/authorize";
import { groupWithStandingSelect, standingFrom, type GroupContext } from "@/lib/groups/scope";
import type { ProgramState } from "./state-machine";
import type { ProgramTemplate } from "./templates";

export const programSelect = {
  id: true,
  groupId: true,
  name: true,
  description: true,
  audience: true,
  template: true,
  state: true,
  lengthWeeks: true,
  defaultMentorCapacity: true,
  allowDualRole: true,
  acceptWhileRunning: true,
  topics: true,
  openedAt: true,
  startedAt: true,
  closedAt: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type ProgramRow = {
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
  openedAt: Date | null;
  startedAt: Date | null;
  closedAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type ProgramContext = GroupContext & { program: ProgramRow };

/**
 * The one loader of a program: the program, its group and the actor's standing there. The policy answers
 * NOT_FOUND for a program the actor may not know about (another group's, a draft for a member, any program while
 * mentorship is off for a member), the same as for one that does not exist. `lock` takes the program's row lock
 * first, so state changes of one program happen one at a time; `lock: "share"` lets many readers (applicants) in
 * at once, but not beside a change.
 */
export const resolveProgram: Resolver<ProgramContext> = async (actor, programId, { tx, lock }) => {
  assertPlausibleKey(programId);
  if (!tx && !lock) return readProgramOncePerRequest(actor?.id ?? null, programId);
  if (lock === "share") await (tx ?? db).$queryRaw`SELECT id FROM "Program" WHERE id = ${programId} FOR SHARE`;
  else if (lock === "update") await (tx ?? db).$queryRaw`SELECT id FROM "Program" WHERE id = ${programId} FOR UPDATE`;
  return readProgramContext(actor?.id ?? null, programId, tx ?? db);
};

/** The program, its group and the actor's standing there in one statement (relation joins, issue 18). */
async function readProgramContext(actorId: string | null, programId: string, tx: Tx) {
  const row = await tx.program.findUnique({
    where: { id: programId },
    select: { ...programSelect, group: { select: groupWithStandingSelect(actorId ? { id: actorId } : null) } },
  });
  if (!row) throw notFound();
  const { group, ...program } = row;
  const context = standingFrom(group as Parameters<typeof standingFrom>[0]);
  const scope: ProgramScope = { kind: "program", state: program.state, group: context.scope };
  return { context: { ...context, program: program as ProgramRow }, scope };
}

/**
 * For pages: one read of a program and the viewer's standing per request, however many loaders authorize against
 * it (an admin page's header and its figures). Outside a transaction and without a lock only.
 */
const readProgramOncePerRequest = cache((actorId: string | null, programId: string) =>
  readProgramContext(actorId, programId, db),
);

declare module "@/lib/auth/authorize" {
  interface Resolvers {
    programId: ProgramContext;
  }
}
