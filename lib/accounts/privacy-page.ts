import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { findBlockingGroups, type BlockingGroup } from "./deletion/blocking-groups";
import { findDataExports, type DataExportDto } from "./export/find-exports";

export type PrivacyPageDto = {
  email: string;
  /** Accounts that sign in only through GitHub/Google confirm a deletion by typing their email address instead. */
  hasPassword: boolean;
  blockingGroups: BlockingGroup[];
  exports: DataExportDto[];
};

/** What /settings/privacy shows the member about their own account. */
export async function getPrivacyPage(actor: SessionUser): Promise<PrivacyPageDto> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("UNAUTHENTICATED");
  const [blockingGroups, exports] = await Promise.all([findBlockingGroups(actor.id), findDataExports(actor)]);
  return { email: user.email, hasPassword: user.passwordHash !== null, blockingGroups, exports };
}
