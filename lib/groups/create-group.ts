import "server-only";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { ZGroupCreateInput, slugify } from "./schemas";
import { authorize } from "@/lib/auth/authorize";
import { requireVerified } from "@/lib/accounts/verification";
import { unguessableSlug } from "./slug";
import { freeUnguessableSlug } from "./hidden-slug";
import { publicContentChanged } from "@/lib/http/public-cache";

const SLUG_TAKEN = msg("errors.groups.slugTaken");

/** Whether the actor may know of the group at `slug` (the policy's own answer, as a visit to its page would give). */
async function maySee(actor: SessionUser, slug: string): Promise<boolean> {
  try {
    await authorize(actor, "group.read", { groupSlug: slug });
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return false;
    throw error;
  }
}

/**
 * The group's address: the name's slug, or the next free `-2`, `-3`… Hidden groups never hold such slugs (they live
 * at unguessable ones, see ./slug.ts), so the answer is the same as if no hidden group existed. Defence in depth for
 * a row written around the service (a factory, an old backup): when the way is blocked by a group the creator may
 * not know of, a random suffix, never a number that would count it.
 */
async function freeSlug(actor: SessionUser, base: string): Promise<string> {
  const taken = new Set(
    (await db.group.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((g) => g.slug),
  );
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? base : `${base.slice(0, 60)}-${i}`;
    if (!taken.has(candidate)) return candidate;
    if (!(await maySee(actor, candidate))) return unguessableSlug(base);
  }
}

/** An address the creator chose: refused when taken by a group they can see, quietly changed when by one they can't. */
async function chosenSlug(actor: SessionUser, slug: string): Promise<string> {
  const holder = await db.group.findUnique({ where: { slug }, select: { id: true } });
  if (!holder) return slug;
  if (await maySee(actor, slug)) throw new AppError("CONFLICT", SLUG_TAKEN, { fields: { slug: [SLUG_TAKEN] } });
  return unguessableSlug(slug);
}

/** Any signed-in person may start a group; they become its OWNER. Returns the new group's slug. */
export async function createGroup(actor: SessionUser, raw: unknown): Promise<{ id: string; slug: string }> {
  const input = ZGroupCreateInput.parse(raw);
  const base = input.slug ?? slugify(input.name);
  // A hidden group never holds a guessable address, even one its creator chose: a name or a numbering would find it.
  const hidden = input.visibility === "HIDDEN";
  const slug = hidden
    ? await freeUnguessableSlug(db, base)
    : input.slug
      ? await chosenSlug(actor, input.slug)
      : await freeSlug(actor, base);
  try {
    return await insertGroup(actor, input, slug);
  } catch (error) {
    if (!isUniqueViolation(error, "slug")) throw error;
    // Taken between the check and the insert, by a group that may be hidden: a random suffix, never an error
    // that would tell of it.
    return insertGroup(actor, input, unguessableSlug(base));
  }
}

async function insertGroup(
  actor: SessionUser,
  input: ReturnType<typeof ZGroupCreateInput.parse>,
  slug: string,
): Promise<{ id: string; slug: string }> {
  return db.$transaction(async (tx) => {
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
    publicContentChanged({ directory: true });
    return group;
  });
}
