import "server-only";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { ZGroupCreateInput, slugify } from "./schemas";
import { requireVerified } from "@/lib/accounts/verification";

const SLUG_TAKEN = "That address is taken. Try another.";

async function freeSlug(base: string): Promise<string> {
  const taken = new Set(
    (await db.group.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((g) => g.slug),
  );
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base.slice(0, 60)}-${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Any signed-in person may start a group; they become its OWNER. Returns the new group's slug. */
export async function createGroup(actor: SessionUser, raw: unknown): Promise<{ id: string; slug: string }> {
  const input = ZGroupCreateInput.parse(raw);
  const slug = input.slug ?? (await freeSlug(slugify(input.name)));
  try {
    return await db.$transaction(async (tx) => {
      await requireVerified(tx, actor);
      const group = await tx.group.create({
        data: {
          slug,
          name: input.name,
          description: input.description,
          privacy: input.privacy,
          visibility: input.privacy === "PUBLIC" ? "VISIBLE" : input.visibility,
          coverColor: input.coverColor,
          postApprovalRequired: input.postApprovalRequired,
          createdById: actor.id,
          memberships: { create: { userId: actor.id, role: "OWNER", status: "ACTIVE", joinedAt: new Date() } },
          rules: { create: input.rules.map((r, position) => ({ ...r, position })) },
          questions: { create: input.questions.map((q, position) => ({ ...q, position })) },
        },
        select: { id: true, slug: true },
      });
      await recordAudit(tx, {
        groupId: group.id,
        actorId: actor.id,
        action: "group.create",
        targetType: "group",
        targetId: group.id,
      });
      return group;
    });
  } catch (error) {
    if (isUniqueViolation(error, "slug"))
      throw new AppError("CONFLICT", SLUG_TAKEN, { fields: { slug: [SLUG_TAKEN] } });
    throw error;
  }
}
