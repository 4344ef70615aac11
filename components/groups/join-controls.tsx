import Link from "next/link";
import { useTranslations } from "next-intl";
import { Check } from "lucide-react";
import type { AnyFeedAction } from "@/components/groups/feed/use-feed-action";
import type { GroupDetailDto } from "@/lib/groups/dto";
import { Button } from "@/components/ui/button";
import { JoinButton, JoinDialogButton, LeaveButton } from "./join-buttons";

/** The group layout's server actions, handed down as props (components never import app/). */
export type JoinActions = { join: AnyFeedAction; leave: AnyFeedAction };

/**
 * The one control a visitor needs: join, request, accept an invitation, withdraw, or leave. Rendered on the server
 * (it is in the header of every group page): only its buttons are client islands (./join-buttons.tsx), and the join
 * dialog's form loads when its button is first used (issue 18).
 */
export function JoinControls({ group, actions }: { group: GroupDetailDto; actions: JoinActions }) {
  const m = group.viewer.membership;
  const t = useTranslations("groups");
  if (group.archived) return <p className="text-sm text-muted-foreground">{t("join.archived")}</p>;
  if (!group.viewer.signedIn) {
    return (
      <Button asChild>
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/groups/${group.slug}`)}`}>
          {t("join.signInToJoin")}
        </Link>
      </Button>
    );
  }
  if (m?.status === "ACTIVE") {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <span className="inline-flex items-center gap-1 text-sm font-medium">
          <Check aria-hidden className="size-4" /> {t("role", { role: m.role })}
        </span>
        {m.role !== "OWNER" ? (
          <LeaveButton slug={group.slug} pending={false} label={t("join.leaveGroup")} leave={actions.leave} />
        ) : null}
      </div>
    );
  }
  if (m?.status === "PENDING") {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium">{t("join.requestPending")}</span>
        <LeaveButton slug={group.slug} pending label={t("join.withdrawRequest")} leave={actions.leave} />
      </div>
    );
  }
  if (group.privacy === "PUBLIC")
    return (
      <JoinButton slug={group.slug} label={t("join.joinGroup")} pendingLabel={t("join.joining")} join={actions.join} />
    );
  const label = group.viewer.invited ? t("join.acceptInvitation") : t("join.requestToJoin");
  if (group.questions.length > 0 || group.rules.length > 0) {
    const { slug, name, privacy, questions, rules } = group;
    return <JoinDialogButton group={{ slug, name, privacy, questions, rules }} label={label} join={actions.join} />;
  }
  return <JoinButton slug={group.slug} label={label} pendingLabel={t("join.sending")} join={actions.join} />;
}
