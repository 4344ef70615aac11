"use client";

import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Check } from "lucide-react";
import { errorsOnly, useFeedAction, type AnyFeedAction } from "@/components/groups/feed/use-feed-action";
import { idle } from "@/lib/http/action-state";
import type { GroupDetailDto } from "@/lib/groups/dto";
import { ActionFeedback } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
// The join dialog comes with the page: its button is the page's first call to action and must answer the first click
// (a lazily loaded JoinDialog showed an inert copy of the button until it arrived, and that click was lost). The
// dialog's own machinery still loads on demand (components/ui/dialog.tsx).
import { JoinDialog } from "./join-dialog";

/** The group layout's server actions, handed down as props (components never import app/). */
export type JoinActions = { join: AnyFeedAction; leave: AnyFeedAction };

function LeaveButton({
  slug,
  pending,
  label,
  leave,
}: {
  slug: string;
  pending: boolean;
  label: string;
  leave: JoinActions["leave"];
}) {
  const [state, action] = useActionState(leave, idle);
  const t = useTranslations("groups.join");
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      {pending ? <input type="hidden" name="pending" value="1" /> : null}
      <SubmitButton variant="outline" size="sm" pendingLabel={t("leaving")}>
        {label}
      </SubmitButton>
      <ActionFeedback state={state} />
    </form>
  );
}

function JoinNowButton({ slug, join }: { slug: string; join: JoinActions["join"] }) {
  const [state, action] = useFeedAction(join);
  const t = useTranslations("groups.join");
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="json" value={JSON.stringify({ slug, answers: [], acceptRules: false })} />
      <SubmitButton pendingLabel={t("joining")}>{t("joinGroup")}</SubmitButton>
      <ActionFeedback state={errorsOnly(state)} />
    </form>
  );
}

/** The one control a visitor needs: join, request, accept an invitation, withdraw, or leave. */
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
  const needsDialog = group.privacy === "PRIVATE" && (group.questions.length > 0 || group.rules.length > 0);
  if (group.privacy === "PUBLIC") return <JoinNowButton slug={group.slug} join={actions.join} />;
  return needsDialog ? (
    <JoinDialog group={group} join={actions.join} />
  ) : (
    <JoinRequestButton slug={group.slug} invited={group.viewer.invited} join={actions.join} />
  );
}

function JoinRequestButton({ slug, invited, join }: { slug: string; invited: boolean; join: JoinActions["join"] }) {
  const [state, action] = useFeedAction(join);
  const t = useTranslations("groups.join");
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="json" value={JSON.stringify({ slug, answers: [], acceptRules: false })} />
      <SubmitButton pendingLabel={t("sending")}>{invited ? t("acceptInvitation") : t("requestToJoin")}</SubmitButton>
      <ActionFeedback state={errorsOnly(state)} />
    </form>
  );
}
