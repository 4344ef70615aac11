import "server-only";
import { db } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import type { ApplicationScope } from "@/lib/auth/policy";
import type { Resolver } from "@/lib/auth/authorize";
import { resolveProgram, type ProgramContext } from "../scope";
import type { ApplicationState } from "../state-machine";

export type ApplicationRef = { id: string; programId: string; userId: string; state: ApplicationState };
export type ApplicationContext = ProgramContext & { application: ApplicationRef };

/**
 * The loader of an application: the row, then its program's context. `lock: "update"` locks the application's row
 * first (withdrawing reads its state, then writes). The policy shows it to its applicant and, once submitted, to
 * the program's reviewers; to anyone else it does not exist.
 */
export const resolveApplication: Resolver<ApplicationContext> = async (actor, applicationId, { tx = db, lock }) => {
  assertPlausibleKey(applicationId);
  const [application] =
    lock === "update"
      ? await tx.$queryRaw<ApplicationRef[]>`
          SELECT id, "programId", "userId", state::text AS state FROM "Application" WHERE id = ${applicationId} FOR UPDATE`
      : await tx.application.findMany({
          where: { id: applicationId },
          select: { id: true, programId: true, userId: true, state: true },
        });
  if (!application) throw notFound();
  const { context, scope: program } = await resolveProgram(actor, application.programId, { tx });
  const scope: ApplicationScope = {
    kind: "application",
    program: program as ApplicationScope["program"],
    applicantId: application.userId,
    state: application.state,
  };
  return { context: { ...context, application }, scope };
};

declare module "@/lib/auth/authorize" {
  interface Resolvers {
    applicationId: ApplicationContext;
  }
}
