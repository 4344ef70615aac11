import { z } from "zod";
import { vk } from "@/lib/i18n/zod-messages";

export const MEMBERS_PAGE_SIZE = 30;
export const REQUESTS_PAGE_SIZE = 50;
export const AUDIT_PAGE_SIZE = 30;
export const MAX_BULK_IDS = 100;

/** Ids come from URLs and forms; a cuid is 25 characters, anything far longer is not one of ours. */
export const ZMemberId = z
  .string({ message: vk("validation.feed.missingId") })
  .trim()
  .min(1, vk("validation.feed.missingId"))
  .max(64, vk("validation.feed.invalidId"));

const ZCursor = z.string().max(300).optional();

export const ZMembersQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  cursor: ZCursor,
  limit: z.coerce.number().int().min(1).max(100).default(MEMBERS_PAGE_SIZE),
});
export type MembersQuery = z.infer<typeof ZMembersQuery>;

export const ZRequestsQuery = z.strictObject({
  cursor: ZCursor,
  limit: z.coerce.number().int().min(1).max(100).default(REQUESTS_PAGE_SIZE),
});

export const ZAuditQuery = z.strictObject({
  cursor: ZCursor,
  limit: z.coerce.number().int().min(1).max(100).default(AUDIT_PAGE_SIZE),
});

export const ZDecision = z.enum(["approve", "decline"], { message: vk("validation.members.decision") });
export type Decision = z.infer<typeof ZDecision>;

export const ZDecideRequestsInput = z.strictObject({
  ids: z
    .array(ZMemberId)
    .min(1, vk("validation.members.selectRequest"))
    .max(MAX_BULK_IDS, vk("validation.members.tooManyRequests")),
  decision: ZDecision,
});
export type DecideRequestsInput = z.infer<typeof ZDecideRequestsInput>;

/** OWNER is never assignable here: that is a transfer. */
export const ZAssignableRole = z.enum(["ADMIN", "MODERATOR", "MEMBER"], { message: vk("validation.members.role") });
export const ZChangeRoleInput = z.strictObject({ role: ZAssignableRole });
export type ChangeRoleInput = z.infer<typeof ZChangeRoleInput>;

export const MUTE_DURATIONS = {
  "1h": { label: "1 hour", ms: 60 * 60 * 1000 },
  "1d": { label: "1 day", ms: 24 * 60 * 60 * 1000 },
  "7d": { label: "7 days", ms: 7 * 24 * 60 * 60 * 1000 },
  "30d": { label: "30 days", ms: 30 * 24 * 60 * 60 * 1000 },
} as const;
export type MuteDuration = keyof typeof MUTE_DURATIONS;
export const ZMuteInput = z.strictObject({
  duration: z.enum(Object.keys(MUTE_DURATIONS) as [MuteDuration, ...MuteDuration[]], {
    message: vk("validation.members.muteDuration"),
  }),
});
export type MuteInput = z.infer<typeof ZMuteInput>;

export const ZTransferInput = z.strictObject({
  membershipId: z
    .string({ message: vk("validation.members.chooseNewOwner") })
    .max(64, vk("validation.feed.invalidId"))
    .refine((v) => v.trim() !== "", vk("validation.members.chooseNewOwner"))
    .pipe(ZMemberId),
});

export const ZArchiveInput = z.strictObject({
  confirmName: z.string({ message: vk("validation.members.confirmName") }).max(200),
});

export const ZInviteUserInput = z.strictObject({
  email: z
    .string({ message: vk("validation.members.enterEmail") })
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email(vk("validation.members.validEmail"))),
});
export type InviteUserInput = z.infer<typeof ZInviteUserInput>;

export const LINK_EXPIRIES = [1, 7, 30] as const;
export const ZCreateInviteLinkInput = z.strictObject({
  expiresInDays: z.coerce
    .number()
    .refine((d): d is (typeof LINK_EXPIRIES)[number] => (LINK_EXPIRIES as readonly number[]).includes(d), {
      message: vk("validation.members.linkExpiry"),
    }),
  /** null: unlimited. */
  maxUses: z.coerce
    .number()
    .int(vk("validation.members.wholeNumber"))
    .min(1, vk("validation.members.minUses"))
    .max(100, vk("validation.members.maxUses"))
    .nullable(),
});
export type CreateInviteLinkInput = z.infer<typeof ZCreateInviteLinkInput>;

/** Link tokens are 32 random bytes in base64url (43 characters). */
export const ZInviteToken = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{20,100}$/, vk("validation.members.invitationLink"));

export const ZAcceptInvitationInput = z.strictObject({
  token: ZInviteToken,
  acceptRules: z.boolean().default(false),
});
export type AcceptInvitationInput = z.infer<typeof ZAcceptInvitationInput>;

/** Keyset cursors are opaque to clients: base64url JSON. A cursor that does not decode is ignored. */
export function encodeCursor(value: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeCursor<K extends string>(raw: string | undefined, keys: readonly K[]): Record<K, string> | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Record<string, unknown>;
    const out = {} as Record<K, string>;
    for (const k of keys) {
      const v = parsed[k];
      if (typeof v !== "string" && typeof v !== "number") return null;
      out[k] = String(v);
    }
    return out;
  } catch {
    return null;
  }
}
