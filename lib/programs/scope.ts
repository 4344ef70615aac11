import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import { assertCan, can, type Actor, type GroupPermission } from "@/lib/auth/policy";
import { loadGroupContext, type GroupContext } from "@/lib/groups/scope";
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
 * Resolves the scope from the resource: the program, its group and the actor's standing there. A program the actor
 * may not know about (another group's, a draft for a member, any program while mentorship is off for a member)
 * is NOT_FOUND, the same as one that does not exist. `lock` takes the program's row lock first, so state changes
 * of one program happen one at a time; `lock: "share"` lets many readers (applicants) in at once, but not beside a
 * change.
 */
export async function loadProgramContext(
  actor: Actor,
  programId: string,
  tx: Tx = db,
  options: { lock?: boolean | "share" } = {},
): Promise<ProgramContext> {
  assertPlausibleKey(programId);
  if (options.lock === "share") await tx.$queryRaw`SELECT id FROM "Program" WHERE id = ${programId} FOR SHARE`;
  else if (options.lock) await tx.$queryRaw`SELECT id FROM "Program" WHERE id = ${programId} FOR UPDATE`;
  const program = await tx.program.findUnique({ where: { id: programId }, select: programSelect });
  if (!program) throw notFound();
  const context = await loadGroupContext(actor, { id: program.groupId }, tx);
  if (!canSeeProgram(actor, context, program)) throw notFound();
  return { ...context, program: program as ProgramRow };
}

/** Members see programs once opened; drafts are for the group's program managers alone. */
export function canSeeProgram(actor: Actor, context: GroupContext, program: { state: string }): boolean {
  if (!can(actor, "programs.read", context.scope)) return false;
  return program.state !== "DRAFT" || can(actor, "mentorship.manage", context.scope);
}

/** Loads the program and asserts the permission in its group: the first line of most program services. */
export async function authorizeProgram(
  actor: Actor,
  permission: GroupPermission,
  programId: string,
  tx: Tx = db,
  options: { lock?: boolean } = {},
): Promise<ProgramContext> {
  const context = await loadProgramContext(actor, programId, tx, options);
  assertCan(actor, permission, context.scope);
  return context;
}
