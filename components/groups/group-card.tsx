import Link from "next/link";
import { useTranslations } from "next-intl";
import { Globe, Lock, Users } from "lucide-react";
import type { GroupSummaryDto } from "@/lib/groups/dto";

export function PrivacyLabel({ privacy, hidden }: { privacy: "PUBLIC" | "PRIVATE"; hidden?: boolean }) {
  const t = useTranslations("groups.card");
  const Icon = privacy === "PUBLIC" ? Globe : Lock;
  return (
    <span className="inline-flex items-center gap-1">
      <Icon aria-hidden className="size-3.5" />
      {t("privacy", { privacy: privacy === "PUBLIC" ? "public" : hidden ? "hidden" : "private" })}
    </span>
  );
}

export function GroupCard({ group }: { group: GroupSummaryDto }) {
  const t = useTranslations("groups.card");
  return (
    <article className="group/card relative flex h-full flex-col overflow-hidden rounded-xl border border-border bg-card shadow-sm transition-shadow hover:shadow-md">
      <div aria-hidden className="h-16" style={{ backgroundColor: group.coverColor }} />
      <div className="flex flex-1 flex-col gap-2 p-4">
        <h3 className="font-semibold leading-snug">
          <Link href={`/groups/${group.slug}`} className="after:absolute after:inset-0 focus-visible:outline-none">
            {group.name}
          </Link>
        </h3>
        <p dir="auto" className="line-clamp-2 text-sm text-muted-foreground">
          {group.description || t("noDescription")}
        </p>
        <p className="mt-auto flex flex-wrap gap-x-3 gap-y-1 pt-2 text-xs text-muted-foreground">
          <PrivacyLabel privacy={group.privacy} hidden={group.visibility === "HIDDEN"} />
          <span className="inline-flex items-center gap-1">
            <Users aria-hidden className="size-3.5" />
            {t("members", { count: group.memberCount })}
          </span>
        </p>
      </div>
    </article>
  );
}
