import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import type { ApplicationState } from "../state-machine";
import type { QuestionKind } from "../question-schema";
import type { Role } from "../schemas";
import { avatarPhoto, type AvatarPhoto } from "@/lib/photos/url";

export type AnsweredQuestionDto = { questionId: string; label: string; kind: QuestionKind; answer: unknown };

export type ApplicationDetailDto = {
  id: string;
  programId: string;
  role: Role;
  state: ApplicationState;
  capacity: number | null;
  topics: string[];
  languages: string[];
  timeZone: string | null;
  cadence: string | null;
  /** The program's current questions for this role, in order, each with this application's answer (or null). */
  answers: AnsweredQuestionDto[];
  decisionMessage: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  withdrawnAt: string | null;
  applicant: { id: string; name: string; image: string | null; bio: string; photo: AvatarPhoto | null };
  /** Reviewers only: the applicant's history in this group. */
  history: {
    joinedAt: string | null;
    role: string | null;
    posts: number;
    comments: number;
    applications: { programId: string; programName: string; role: Role; state: ApplicationState }[];
    completedPairings: number;
  } | null;
};

/**
 * One application, for its applicant or for the program's reviewers (who also see the applicant's history in the
 * group). Drafts are the applicant's alone. Anyone else gets NOT_FOUND.
 */
export async function getApplication(actor: Actor, applicationId: string): Promise<ApplicationDetailDto> {
  const { group } = await authorize(actor, "application.read", { applicationId });
  const application = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      programId: true,
      userId: true,
      role: true,
      state: true,
      capacity: true,
      topics: true,
      languages: true,
      timeZone: true,
      cadence: true,
      answers: true,
      decisionMessage: true,
      submittedAt: true,
      decidedAt: true,
      withdrawnAt: true,
      user: { select: { id: true, name: true, image: true, bio: true, photoVersion: true } },
    },
  });
  if (!application) throw notFound();
  // The policy let in the applicant and the program's reviewers; a reviewer also sees the applicant's history.
  const own = application.userId === actor!.id;

  const questions = await db.applicationQuestion.findMany({
    where: { programId: application.programId, role: application.role },
    orderBy: { position: "asc" },
    select: { id: true, label: true, kind: true },
  });
  const stored = (application.answers ?? {}) as Record<string, unknown>;

  let history: ApplicationDetailDto["history"] = null;
  if (!own) {
    const userId = application.userId;
    const [membership, posts, comments, applications, completedPairings] = await Promise.all([
      db.membership.findUnique({
        where: { groupId_userId: { groupId: group.id, userId } },
        select: { joinedAt: true, role: true, status: true },
      }),
      db.post.count({ where: { groupId: group.id, authorId: userId, status: "PUBLISHED" } }),
      db.comment.count({ where: { post: { groupId: group.id }, authorId: userId, status: "PUBLISHED" } }),
      db.application.findMany({
        where: { userId, id: { not: application.id }, state: { not: "DRAFT" }, program: { groupId: group.id } },
        orderBy: { createdAt: "desc" },
        take: 20,
        select: { programId: true, role: true, state: true, program: { select: { name: true } } },
      }),
      db.pairing.count({
        where: { program: { groupId: group.id }, state: "COMPLETED", OR: [{ mentorId: userId }, { menteeId: userId }] },
      }),
    ]);
    history = {
      joinedAt: membership?.status === "ACTIVE" ? (membership.joinedAt?.toISOString() ?? null) : null,
      role: membership?.status === "ACTIVE" ? membership.role : null,
      posts,
      comments,
      applications: applications.map((a) => ({
        programId: a.programId,
        programName: a.program.name,
        role: a.role,
        state: a.state,
      })),
      completedPairings,
    };
  }

  return {
    id: application.id,
    programId: application.programId,
    role: application.role,
    state: application.state,
    capacity: application.capacity,
    topics: application.topics,
    languages: application.languages,
    timeZone: application.timeZone,
    cadence: application.cadence,
    answers: questions.map((q) => ({
      questionId: q.id,
      label: q.label,
      kind: q.kind as QuestionKind,
      answer: stored[q.id] ?? null,
    })),
    decisionMessage: application.decisionMessage,
    submittedAt: application.submittedAt?.toISOString() ?? null,
    decidedAt: application.decidedAt?.toISOString() ?? null,
    withdrawnAt: application.withdrawnAt?.toISOString() ?? null,
    applicant: {
      id: application.user.id,
      name: application.user.name,
      image: application.user.image,
      bio: application.user.bio,
      photo: avatarPhoto(application.user),
    },
    history,
  };
}
