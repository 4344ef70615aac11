import "server-only";
import { db } from "@/lib/db";
import { conflict, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { ZProgramCreateInput } from "./schemas";
import { resolveLocale } from "@/lib/i18n/translator";
import { templatesFor } from "./localized-templates";

/**
 * An admin creates a DRAFT program from a template: the details they chose, and the template's steps and
 * application questions for both roles, ready to edit before opening.
 *
 * The steps and questions are written in the group's language. A group has no language setting, so it is the
 * language the creating admin is using (`locale`: their request's; by default their chosen one, else English).
 * From then on they are the group's own content: stored as written, never translated again.
 */
export async function createProgram(
  actor: SessionUser,
  slug: string,
  raw: unknown,
  options: { locale?: string | null } = {},
): Promise<{ id: string; slug: string; name: string }> {
  const input = ZProgramCreateInput.parse(raw);
  const template = templatesFor(resolveLocale(options.locale, actor?.locale))[input.template];
  const lengthWeeks = input.lengthWeeks === undefined ? template.lengthWeeks : input.lengthWeeks;
  return db.$transaction(async (tx) => {
    const { group } = await authorize(actor, "mentorship.manage", { groupSlug: slug }, { tx });
    if (!group.mentorshipEnabled) throw conflict(msg("errors.programs.mentorshipOff"));
    const program = await tx.program.create({
      data: {
        groupId: group.id,
        createdById: actor.id,
        template: input.template,
        name: input.name,
        description: input.description,
        audience: input.audience,
        lengthWeeks,
        defaultMentorCapacity: input.defaultMentorCapacity,
        allowDualRole: input.allowDualRole,
        acceptWhileRunning: input.acceptWhileRunning,
        topics: input.topics,
        steps: {
          create: template.steps.map((s, position) => ({
            position,
            title: s.title,
            guidance: s.guidance,
            prompts: s.prompts,
            // A shorter program than the template's pulls the late steps into its last week.
            dueWeek: Math.min(s.dueWeek, lengthWeeks ?? s.dueWeek),
            isGoalStep: s.isGoalStep ?? false,
          })),
        },
        questions: {
          create: (["MENTOR", "MENTEE"] as const).flatMap((role) =>
            template.questions[role].map((q, position) => ({ role, position, ...q })),
          ),
        },
      },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: "program.create",
      targetType: "program",
      targetId: program.id,
      data: { program: program.name, template: input.template },
    });
    return { id: program.id, slug: group.slug, name: program.name };
  });
}
