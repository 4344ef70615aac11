import { z } from "zod";

export const MEMBERS_PAGE_SIZE = 30;
export const REQUESTS_PAGE_SIZE = 50;
export const AUDIT_PAGE_SIZE = 30;
export const MAX_BULK_IDS = 100;

/** Ids come from URLs and forms; a cuid is 25 characters, anything far longer is not one of ours. */
export const ZMemberId = z.string({ message: "Missing id." }).trim().min(1, "Missing id.").max(64, "Not a valid id.");

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

export const ZDecision = z.enum(["approve", "decline"], { message: "Choose approve or decline." });
export type Decision = z.infer<typeof ZDecision>;

export const ZDecideRequestsInput = z.strictObject({
  ids: z
    .array(ZMemberId)
    .min(1, "Select at least one request.")
    .max(MAX_BULK_IDS, `Decide at most ${MAX_BULK_IDS} requests at a time.`),
  decision: ZDecision,
});
export type DecideRequestsInput = z.infer<typeof ZDecideRequestsInput>;

/** OWNER is never assignable here: that is a transfer. */
export const ZAssignableRole = z.enum(["ADMIN", "MODERATOR", "MEMBER"], { message: "Choose a role." });
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
    message: "Choose how long.",
  }),
});
export type MuteInput = z.infer<typeof ZMuteInput>;

export const ZTransferInput = z.strictObject({
  membershipId: z
    .string({ message: "Choose who will own the group." })
    .max(64, "Not a valid id.")
    .refine((v) => v.trim() !== "", "Choose who will own the group.")
    .pipe(ZMemberId),
});

export const ZArchiveInput = z.strictObject({
  confirmName: z.string({ message: "Type the group's name to confirm." }).max(200),
});

export const ZInviteUserInput = z.strictObject({
  email: z
    .string({ message: "Enter an email address." })
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email("Enter a valid email address.")),
});
export type InviteUserInput = z.infer<typeof ZInviteUserInput>;

export const LINK_EXPIRIES = [1, 7, 30] as const;
export const ZCreateInviteLinkInput = z.strictObject({
  expiresInDays: z.coerce
    .number()
    .refine((d): d is (typeof LINK_EXPIRIES)[number] => (LINK_EXPIRIES as readonly number[]).includes(d), {
      message: "Choose 1, 7 or 30 days.",
    }),
  /** null: unlimited. */
  maxUses: z.coerce
    .number()
    .int("Use a whole number.")
    .min(1, "Allow at least 1 use.")
    .max(100, "Allow at most 100 uses, or choose unlimited.")
    .nullable(),
});
export type CreateInviteLinkInput = z.infer<typeof ZCreateInviteLinkInput>;

/** Link tokens are 32 random bytes in base64url (43 characters). */
export const ZInviteToken = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{20,100}$/, "That invitation link isn't valid.");

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
