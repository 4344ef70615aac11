"use client";

import { useActionState, useCallback, useState } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { Check, Inbox, LoaderCircle, X } from "lucide-react";
import type { JoinRequestDto } from "@/lib/groups/members/dto";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { Avatar } from "@/components/ui/avatar";
import { Button, type ButtonProps } from "@/components/ui/button";
import { MemberActionDialog, type PendingMemberAction } from "../members/member-action-dialog";
import { decideRequestsAction } from "./actions";

export type RequestRow = JoinRequestDto & { requestedLabel: string };

/** A submit button that shows progress only when it is the one that was pressed. */
function ActButton({ act, children, ...props }: Omit<ButtonProps, "type" | "name" | "value"> & { act: string }) {
  const { pending, data } = useFormStatus();
  const mine = pending && data?.get("act") === act;
  return (
    <Button
      {...props}
      type="submit"
      name="act"
      value={act}
      aria-disabled={pending || props.disabled || undefined}
      onClick={(e) => pending && e.preventDefault()}
    >
      {mine ? <LoaderCircle aria-hidden className="motion-safe:animate-spin" /> : null}
      {children}
    </Button>
  );
}

/**
 * The join requests queue: each requester's answers and whether they agreed to the rules, approve or decline each,
 * or tick several and decide them together. One form for the whole queue, so the toast survives rows leaving it.
 */
export function RequestsQueue({
  slug,
  requests,
  hasRules,
  canBan,
}: {
  slug: string;
  requests: RequestRow[];
  hasRules: boolean;
  canBan: boolean;
}) {
  const [state, action] = useActionState(decideRequestsAction, idle);
  const t = useTranslations("groups.requests");
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [banning, setBanning] = useState<PendingMemberAction | null>(null);
  const closeBan = useCallback(() => setBanning(null), []);
  // Ticks for requests that have left the queue no longer count.
  const live = new Set(requests.map((r) => r.membershipId));
  const selected = new Set([...ticked].filter((id) => live.has(id)));

  const allSelected = requests.length > 0 && selected.size === requests.length;
  const toggle = (id: string, on: boolean) =>
    setTicked(() => {
      const next = new Set(selected);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  // The feedback and the ban dialog keep their places whether or not the queue has emptied, so the last decision
  // still gets its toast.
  const content =
    requests.length === 0 ? (
      <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-border bg-card px-4 py-12 text-center">
        <Inbox aria-hidden className="size-8 text-muted-foreground" />
        <p className="font-medium">{t("emptyTitle")}</p>
        <p className="max-w-sm text-sm text-muted-foreground">{t("emptyBody")}</p>
      </div>
    ) : (
      <form action={action} className="space-y-4">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="selected" value={[...selected].join(",")} />
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-border bg-card p-3">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              checked={allSelected}
              onChange={(e) => setTicked(e.target.checked ? new Set(requests.map((r) => r.membershipId)) : new Set())}
            />
            {t("selectAll")}
          </label>
          <div className="flex flex-wrap gap-2">
            <ActButton act="decline:selected" variant="outline" size="sm" disabled={selected.size === 0}>
              {t("declineSelected")}
            </ActButton>
            <ActButton act="approve:selected" size="sm" disabled={selected.size === 0}>
              {t("approveSelected", { count: selected.size })}
            </ActButton>
          </div>
        </div>

        <ul className="space-y-4" aria-label={t("title")}>
          {requests.map((r) => (
            <li key={r.membershipId} className="rounded-lg border border-border bg-card p-4">
              <div className="flex items-start gap-3">
                <input
                  type="checkbox"
                  className="mt-3"
                  aria-label={t("select", { name: r.name })}
                  checked={selected.has(r.membershipId)}
                  onChange={(e) => toggle(r.membershipId, e.target.checked)}
                />
                <Avatar name={r.name} photo={r.photo} />
                <div className="min-w-0 flex-1 space-y-3">
                  <div>
                    <h3 dir="auto" className="font-medium">
                      {r.name}
                    </h3>
                    <p className="text-sm text-muted-foreground">{t("asked", { date: r.requestedLabel })}</p>
                    {r.bio ? (
                      <p dir="auto" className="mt-1 text-sm text-muted-foreground">
                        {r.bio}
                      </p>
                    ) : null}
                  </div>
                  {r.answers.length ? (
                    <dl className="space-y-2 text-sm">
                      {r.answers.map((a, i) => (
                        <div key={i}>
                          <dt dir="auto" className="font-medium">
                            {a.prompt}
                          </dt>
                          <dd dir="auto" className="whitespace-pre-line text-muted-foreground">
                            {a.answer || <span className="italic">{t("noAnswer")}</span>}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                  {hasRules ? (
                    <p className="flex items-center gap-1.5 text-sm">
                      {r.rulesAccepted ? (
                        <>
                          <Check aria-hidden className="size-4 text-success" /> {t("agreed")}
                        </>
                      ) : (
                        <>
                          <X aria-hidden className="size-4 text-destructive" /> {t("notAgreed")}
                        </>
                      )}
                    </p>
                  ) : null}
                  <div className="flex flex-wrap gap-2">
                    <ActButton
                      act={`approve:${r.membershipId}`}
                      size="sm"
                      aria-label={t("approveName", { name: r.name })}
                    >
                      {t("approve")}
                    </ActButton>
                    <ActButton
                      act={`decline:${r.membershipId}`}
                      variant="outline"
                      size="sm"
                      aria-label={t("declineName", { name: r.name })}
                    >
                      {t("decline")}
                    </ActButton>
                    {canBan ? (
                      <Button
                        type="button"
                        variant="ghost"
                        size="sm"
                        className="text-destructive"
                        aria-label={t("banName", { name: r.name })}
                        onClick={() => setBanning({ op: "ban", membershipId: r.membershipId, name: r.name })}
                      >
                        {t("ban")}
                      </Button>
                    ) : null}
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </form>
    );

  return (
    <div className="space-y-4">
      <ActionFeedback state={state} />
      {content}
      <MemberActionDialog pending={banning} onClose={closeBan} />
    </div>
  );
}
