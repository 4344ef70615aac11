import type { PrismaClient } from "@/lib/db/generated/client";
import type { GroupPrivacy, GroupRole, GroupVisibility, MembershipStatus } from "@/lib/db/generated/enums";

let sequence = 0;

export async function createGroup(
  db: PrismaClient,
  owner: { id: string },
  overrides: {
    name?: string;
    slug?: string;
    privacy?: GroupPrivacy;
    visibility?: GroupVisibility;
    description?: string;
    mentorshipEnabled?: boolean;
  } = {},
) {
  sequence += 1;
  const name = overrides.name ?? `Group ${sequence}`;
  return db.group.create({
    data: {
      name,
      slug: overrides.slug ?? `group-${Date.now().toString(36)}-${sequence}`,
      description: overrides.description ?? "",
      privacy: overrides.privacy ?? "PUBLIC",
      visibility: overrides.visibility ?? "VISIBLE",
      mentorshipEnabled: overrides.mentorshipEnabled ?? false,
      createdById: owner.id,
      memberships: { create: { userId: owner.id, role: "OWNER", status: "ACTIVE", joinedAt: new Date() } },
    },
  });
}

export async function addMember(
  db: PrismaClient,
  group: { id: string },
  user: { id: string },
  overrides: { role?: GroupRole; status?: MembershipStatus } = {},
) {
  const status = overrides.status ?? "ACTIVE";
  return db.membership.create({
    data: {
      groupId: group.id,
      userId: user.id,
      role: overrides.role ?? "MEMBER",
      status,
      joinedAt: status === "ACTIVE" ? new Date() : null,
    },
  });
}
