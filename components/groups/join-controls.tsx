"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";
import { Check } from "lucide-react";
import { errorsOnly, useFeedAction, type AnyFeedAction } from "@/components/groups/feed/use-feed-action";
import { idle } from "@/lib/http/action-state";
import type { GroupDetailDto } from "@/lib/groups/dto";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";

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

function JoinDialog({ group, join }: { group: GroupDetailDto; join: JoinActions["join"] }) {
  const [state, action] = useFeedAction(join);
  const t = useTranslations("groups.join");
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [acceptRules, setAcceptRules] = useState(false);
  const payload = {
    slug: group.slug,
    answers: group.questions.map((q) => ({ questionId: q.id, answer: answers[q.id] ?? "" })),
    acceptRules,
  };
  return (
    <Dialog
      title={t("dialogTitle", { name: group.name })}
      trigger={<Button>{group.viewer.invited ? t("acceptInvitation") : t("requestToJoin")}</Button>}
      description={group.privacy === "PUBLIC" ? t("joinAtOnce") : t("moderatorsRead")}
    >
      {/* Controlled fields: no reset after the action, or "I agree" would look unticked while still sent. */}
      <form action={action} onReset={(e) => e.preventDefault()} className="space-y-5" noValidate>
        <ActionFeedback state={errorsOnly(state)} />
        <input type="hidden" name="json" value={JSON.stringify(payload)} />
        {group.questions.map((q, i) => {
          const errors = errorsFor(state, `answers.${i}`) ?? errorsFor(state, `answers.${i}.answer`);
          return (
            <div key={q.id} className="space-y-2">
              <Label htmlFor={`answer-${q.id}`}>
                {q.prompt}
                {q.required ? <span className="text-destructive"> {t("requiredMark")}</span> : null}
              </Label>
              <Textarea
                id={`answer-${q.id}`}
                rows={3}
                maxLength={1000}
                value={answers[q.id] ?? ""}
                onChange={(e) => setAnswers((a) => ({ ...a, [q.id]: e.target.value }))}
                aria-invalid={errors ? true : undefined}
                aria-describedby={errors ? `answer-${q.id}-error` : undefined}
              />
              {errors ? (
                <p id={`answer-${q.id}-error`} className="text-sm text-destructive">
                  {errors.join(" ")}
                </p>
              ) : null}
            </div>
          );
        })}
        {group.rules.length > 0 ? (
          <div className="space-y-2">
            <h3 className="font-medium">{t("rulesTitle")}</h3>
            <ol className="list-decimal space-y-1 ps-5 text-sm">
              {group.rules.map((r) => (
                <li key={r.id}>
                  <span dir="auto" className="font-medium">
                    {r.title}
                  </span>
                  {r.body ? <span className="text-muted-foreground"> — {r.body}</span> : null}
                </li>
              ))}
            </ol>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5"
                checked={acceptRules}
                onChange={(e) => setAcceptRules(e.target.checked)}
                aria-invalid={errorsFor(state, "acceptRules") ? true : undefined}
                aria-describedby={errorsFor(state, "acceptRules") ? "accept-rules-error" : undefined}
              />
              {t("agreeRules")}
            </label>
            {errorsFor(state, "acceptRules") ? (
              <p id="accept-rules-error" className="text-sm text-destructive">
                {errorsFor(state, "acceptRules")!.join(" ")}
              </p>
            ) : null}
          </div>
        ) : null}
        <SubmitButton pendingLabel={t("sending")}>
          {group.privacy === "PUBLIC" ? t("joinGroup") : t("sendRequest")}
        </SubmitButton>
      </form>
    </Dialog>
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
