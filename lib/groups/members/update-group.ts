import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { ZGroupUpdateInput } from "../schemas";
import { freeUnguessableSlug } from "../hidden-slug";
import { publicContentChanged } from "@/lib/http/public-cache";

const SCALAR_FIELDS = ["name", "description", "privacy", "visibility", "coverColor", "postApprovalRequired"] as const;

const ruleKey = (rules: { title: string; body: string }[]) => JSON.stringify(rules.map((r) => [r.title, r.body]));
const questionKey = (questions: { prompt: string; required: boolean }[]) =>
  JSON.stringify(questions.map((q) => [q.prompt, q.required]));

/**
 * Settings: admins change the group's details, privacy, rules and questions. Rules and questions given are
 * replaced as a whole (and left alone when unchanged, so question ids stay stable). A public group is always
 * visible. The audit event names the fields that changed.
 *
 * A group switched to hidden moves to a new unguessable address (its old one is freed and answers 404): a hidden
 * group never holds a slug someone could guess from its name (./slug.ts). Switched back to visible, it keeps it.
 * Callers send people to the returned slug.
 */
export async function updateGroup(
  actor: SessionUser,
  slug: string,
  raw: unknown,
): Promise<{ slug: string; changed: string[] }> {
  const parsed = ZGroupUpdateInput.parse(raw);
  // The shared schema fills defaults ("" description, no rules) for omitted fields; an omitted field means "leave
  // it alone" here, so only the keys the caller sent count.
  const sent = new Set(raw && typeof raw === "object" ? Object.keys(raw) : []);
  const input = Object.fromEntries(Object.entries(parsed).filter(([key]) => sent.has(key))) as Partial<typeof parsed>;
  return db.$transaction(async (tx) => {
    const { group } = await authorize(actor, "group.update", { groupSlug: slug }, { tx });
    const [rules, questions] = await Promise.all([
      tx.groupRule.findMany({
        where: { groupId: group.id },
        orderBy: { position: "asc" },
        select: { title: true, body: true },
      }),
      tx.membershipQuestion.findMany({
        where: { groupId: group.id },
        orderBy: { position: "asc" },
        select: { prompt: true, required: true },
      }),
    ]);

    const privacy = input.privacy ?? group.privacy;
    const next = {
      name: input.name ?? group.name,
      description: input.description ?? group.description,
      privacy,
      visibility: privacy === "PUBLIC" ? ("VISIBLE" as const) : (input.visibility ?? group.visibility),
      coverColor: input.coverColor ?? group.coverColor,
      postApprovalRequired: input.postApprovalRequired ?? group.postApprovalRequired,
    };
    const changed: string[] = SCALAR_FIELDS.filter((f) => next[f] !== group[f]);
    const rulesChanged = input.rules !== undefined && ruleKey(input.rules) !== ruleKey(rules);
    const questionsChanged = input.questions !== undefined && questionKey(input.questions) !== questionKey(questions);
    if (rulesChanged) changed.push("rules");
    if (questionsChanged) changed.push("questions");
    if (changed.length === 0) return { slug: group.slug, changed };

    const hiding = next.visibility === "HIDDEN" && group.visibility !== "HIDDEN";
    const newSlug = hiding ? await freeUnguessableSlug(tx, group.slug) : group.slug;
    if (hiding) changed.push("slug");
    await tx.group.update({ where: { id: group.id }, data: { ...next, slug: newSlug } });
    if (rulesChanged && input.rules) {
      await tx.groupRule.deleteMany({ where: { groupId: group.id } });
      await tx.groupRule.createMany({
        data: input.rules.map((r, position) => ({ groupId: group.id, position, title: r.title, body: r.body })),
      });
    }
    if (questionsChanged && input.questions) {
      await tx.membershipQuestion.deleteMany({ where: { groupId: group.id } });
      await tx.membershipQuestion.createMany({
        data: input.questions.map((q, position) => ({
          groupId: group.id,
          position,
          prompt: q.prompt,
          required: q.required,
        })),
      });
    }
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: "group.update",
      targetType: "group",
      targetId: group.id,
      data: hiding ? { fields: changed, fromSlug: group.slug, toSlug: newSlug } : { fields: changed },
    });
    publicContentChanged({ groupSlug: group.slug, directory: true, urgent: true });
    return { slug: newSlug, changed };
  });
}
