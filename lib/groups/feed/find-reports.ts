import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { groupRef } from "@/lib/groups/scope";
import type { ReportDto } from "./dto";
import { authorSelect, toAuthorDto } from "./author";

const LIMIT = 100;
const content = { id: true, body: true, status: true, createdAt: true, author: authorSelect } as const;

/**
 * The reports queue: OPEN reports of posts and comments in this group only, oldest first, with the reported
 * content, who reported it and why. For those who review reports; everyone else is refused.
 */
export async function findReports(
  actor: Actor,
  where: { slug: string } | { id: string },
  client: Tx = db,
): Promise<{ reports: ReportDto[]; total: number }> {
  const { group } = await authorize(actor, "reports.review", groupRef(where), { tx: client });
  const filter = {
    groupId: group.id,
    status: "OPEN" as const,
    OR: [{ postId: { not: null } }, { commentId: { not: null } }],
  };
  const [rows, total] = await Promise.all([
    client.report.findMany({
      where: filter,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: LIMIT,
      select: {
        id: true,
        reason: true,
        note: true,
        createdAt: true,
        reporter: authorSelect,
        post: { select: content },
        comment: { select: { ...content, postId: true } },
      },
    }),
    client.report.count({ where: filter }),
  ]);
  const reports: ReportDto[] = [];
  for (const r of rows) {
    const base = {
      id: r.id,
      reason: r.reason,
      note: r.note,
      createdAt: r.createdAt.toISOString(),
      reporter: toAuthorDto(r.reporter),
    };
    if (r.post) {
      reports.push({
        ...base,
        target: {
          type: "post",
          id: r.post.id,
          body: r.post.body,
          status: r.post.status,
          author: toAuthorDto(r.post.author),
          createdAt: r.post.createdAt.toISOString(),
        },
      });
    } else if (r.comment) {
      reports.push({
        ...base,
        target: {
          type: "comment",
          id: r.comment.id,
          postId: r.comment.postId,
          body: r.comment.body,
          status: r.comment.status,
          author: toAuthorDto(r.comment.author),
          createdAt: r.comment.createdAt.toISOString(),
        },
      });
    }
  }
  return { reports, total };
}
