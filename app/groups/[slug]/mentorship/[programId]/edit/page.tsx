import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArrowLeft, Eye, Inbox } from "lucide-react";
import { loadGroupPage } from "@/lib/groups/group-page";
import { orNotFound } from "@/lib/http/page";
import { findPrograms } from "@/lib/programs/find-programs";
import { getProgram } from "@/lib/programs/get-program";
import { ZId } from "@/lib/programs/schemas";
import { Button } from "@/components/ui/button";
import { EditorTabs } from "@/components/programs/admin/editor-tabs";
import type { EditorActions } from "@/components/programs/admin/editor-actions";
import { ProgramDetailsForm } from "@/components/programs/admin/program-details-form";
import { toDetailsDraft } from "@/components/programs/admin/program-details-draft";
import { ProgramStateBadge } from "@/components/programs/state-badge";
import { ProgramStateBar } from "@/components/programs/admin/program-state-bar";
import { QuestionsEditor, StepsEditor } from "@/components/programs/admin/lazy-editors";
import { MatchingRulesForm } from "@/components/programs/admin/matching-rules-form";
import { getMatchingRules } from "@/lib/matching/get-rules";
import {
  addQuestionAction,
  addStepAction,
  removeQuestionAction,
  removeStepAction,
  reorderQuestionsAction,
  setMatchingRulesAction,
  reorderStepsAction,
  transitionProgramAction,
  updateProgramAction,
  updateQuestionAction,
  updateStepAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programEditor"))("editMetaTitle") };
}

export default async function EditProgramPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; programId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, programId } = await params;
  const { tab } = await searchParams;
  const { user, group } = await loadGroupPage(slug, "mentorship.manage");
  if (!ZId.safeParse(programId).success) notFound();
  const [program, list, rules] = await Promise.all([
    orNotFound(getProgram(user, programId)),
    orNotFound(findPrograms(user, group.slug)),
    orNotFound(getMatchingRules(user, programId)),
  ]);
  // A program of another group, reached through this group's address, does not exist here.
  if (program.groupId !== group.id) notFound();

  const base = `/groups/${group.slug}/mentorship`;
  const [t, p] = await Promise.all([getTranslations("programEditor"), getTranslations("programs")]);
  const activePairings = list.programs.find((p) => p.id === program.id)?.activePairings ?? 0;
  const pending = (program.counts?.MENTOR.PENDING ?? 0) + (program.counts?.MENTEE.PENDING ?? 0);
  const readOnly = program.archived ? t("readOnlyArchived") : program.state === "CLOSED" ? t("readOnlyClosed") : null;
  const actions: EditorActions = {
    updateProgram: updateProgramAction.bind(null, group.slug, program.id),
    transition: transitionProgramAction,
    steps: { add: addStepAction, update: updateStepAction, remove: removeStepAction, reorder: reorderStepsAction },
    questions: {
      add: addQuestionAction,
      update: updateQuestionAction,
      remove: removeQuestionAction,
      reorder: reorderQuestionsAction,
    },
  };
  const questions = (role: "MENTOR" | "MENTEE") => program.questions.filter((q) => q.role === role);
  const questionsEditor = (role: "MENTOR" | "MENTEE") => (
    <QuestionsEditor
      slug={group.slug}
      programId={program.id}
      role={role}
      questions={questions(role)}
      readOnly={readOnly}
      actions={actions.questions}
    />
  );

  return (
    <div className="space-y-5">
      <Link
        href={base}
        className="inline-flex items-center gap-1.5 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
      >
        <ArrowLeft aria-hidden className="size-4 rtl:-scale-x-100" />
        {p("allPrograms")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1.5">
          <h2 className="text-xl font-semibold tracking-tight sm:text-2xl">{program.name}</h2>
          <ProgramStateBadge state={program.state} archived={program.archived} />
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline" size="sm">
            <Link href={`${base}/${program.id}`}>
              <Eye aria-hidden />
              {program.state === "DRAFT" ? t("preview") : t("view")}
            </Link>
          </Button>
          {program.state !== "DRAFT" ? (
            <Button asChild variant={pending ? "default" : "outline"} size="sm">
              <Link href={`${base}/${program.id}/applications`}>
                <Inbox aria-hidden />
                {pending ? t("reviewApplications", { count: pending }) : t("applications")}
              </Link>
            </Button>
          ) : null}
        </div>
      </div>

      <ProgramStateBar
        slug={group.slug}
        program={{ ...program, activePairings }}
        mentorshipEnabled={group.mentorshipEnabled}
        action={actions.transition}
      />

      <EditorTabs
        {...(typeof tab === "string" ? { initial: tab } : {})}
        tabs={[
          {
            id: "details",
            label: t("tabDetails"),
            panel: (
              <ProgramDetailsForm
                action={actions.updateProgram}
                initial={toDetailsDraft(program)}
                readOnly={program.archived}
              />
            ),
          },
          {
            id: "steps",
            label: t("tabSteps"),
            count: program.steps.length,
            panel: (
              <StepsEditor
                slug={group.slug}
                programId={program.id}
                steps={program.steps}
                lengthWeeks={program.lengthWeeks}
                readOnly={readOnly}
                actions={actions.steps}
              />
            ),
          },
          {
            id: "mentor-questions",
            label: t("tabMentorQuestions"),
            count: questions("MENTOR").length,
            panel: questionsEditor("MENTOR"),
          },
          {
            id: "mentee-questions",
            label: t("tabMenteeQuestions"),
            count: questions("MENTEE").length,
            panel: questionsEditor("MENTEE"),
          },
          {
            id: "matching",
            label: t("tabMatching"),
            panel: (
              <MatchingRulesForm
                action={setMatchingRulesAction.bind(null, group.slug, program.id)}
                initial={rules}
                topics={program.topics}
                readOnly={readOnly !== null}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
