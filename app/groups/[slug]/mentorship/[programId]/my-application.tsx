"use client";

import { useActionState, useRef, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Pencil, Quote, Trash2, Undo2 } from "lucide-react";
import type { MyApplicationDto } from "@/lib/programs/dto";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { ApplicationStateBadge } from "@/components/programs/state-badge";
import { applyHref } from "@/components/programs/labels";
import { useActionDialog } from "@/components/programs/use-action-dialog";
import { withdrawApplicationAction } from "./actions";

const WITHDRAWABLE = new Set(["DRAFT", "PENDING", "WAITLISTED", "APPROVED"]);

export type MyApplicationItem = MyApplicationDto & {
  /** "Submitted 3 Mar 2026", formatted by the server in the viewer's time zone. */
  dateLabel: string | null;
};

function Panel({
  slug,
  programId,
  application: a,
  canEdit,
  onWithdraw,
}: {
  slug: string;
  programId: string;
  application: MyApplicationItem;
  canEdit: boolean;
  onWithdraw: () => void;
}) {
  const t = useTranslations("programs.myApplication");
  const role = a.role;
  const editable = canEdit && (a.state === "DRAFT" || a.state === "PENDING");
  const headingId = `my-${a.id}`;
  const capacity = a.role === "MENTOR" && a.capacity ? t("capacity", { count: a.capacity }) : null;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-border bg-card p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {t("heading", { role })}
        </h3>
        <ApplicationStateBadge state={a.state} />
      </div>
      <p className="text-sm">{t(`nextSteps.${a.state}`, { role })}</p>
      {a.dateLabel || capacity ? (
        <p className="text-xs text-muted-foreground">{[a.dateLabel, capacity].filter(Boolean).join(" · ")}</p>
      ) : null}
      {a.decisionMessage ? (
        <figure className="rounded-md border-s-4 border-primary bg-muted px-3 py-2 text-sm">
          <figcaption className="flex items-center gap-1.5 text-xs font-medium text-muted-foreground">
            <Quote aria-hidden className="size-3.5" />
            {t("fromAdmins")}
          </figcaption>
          <blockquote className="mt-1 whitespace-pre-line">{a.decisionMessage}</blockquote>
        </figure>
      ) : null}
      {editable || WITHDRAWABLE.has(a.state) ? (
        <div className="flex flex-wrap gap-2">
          {editable ? (
            <Button asChild size="sm" variant={a.state === "DRAFT" ? "default" : "outline"}>
              <Link href={applyHref(slug, programId, a.role)}>
                <Pencil aria-hidden />
                {a.state === "DRAFT" ? t("continueDraft") : t("editAnswers")}
                <span className="sr-only">{t("roleSr", { role })}</span>
              </Link>
            </Button>
          ) : null}
          {WITHDRAWABLE.has(a.state) ? (
            <Button type="button" size="sm" variant="ghost" onClick={onWithdraw}>
              {a.state === "DRAFT" ? <Trash2 aria-hidden /> : <Undo2 aria-hidden className="rtl:-scale-x-100" />}
              {a.state === "DRAFT" ? t("discardDraft") : t("withdraw")}
              <span className="sr-only">{t("roleSr", { role })}</span>
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/**
 * The viewer's own applications: each one's state in words, what happens next, the admins' message, and Edit /
 * Withdraw (a draft is discarded instead). The withdraw action and its dialog live here, above the panels, so the
 * toast still shows when a discarded draft's panel is gone.
 */
export function MyApplications({
  slug,
  programId,
  applications,
  canEdit,
}: {
  slug: string;
  programId: string;
  applications: MyApplicationItem[];
  /** The program still takes applications, so a draft or pending one can change. */
  canEdit: boolean;
}) {
  const t = useTranslations("programs.myApplication");
  const [state, action] = useActionState(withdrawApplicationAction, idle);
  const dialog = useActionDialog(state);
  const [target, setTarget] = useState<MyApplicationItem | null>(null);
  const regionRef = useRef<HTMLDivElement>(null);
  const draft = target?.state === "DRAFT";
  const role = target?.role ?? "MENTEE";

  return (
    <div ref={regionRef} tabIndex={-1} className="space-y-4 outline-none">
      <ActionFeedback state={state.status === "success" ? state : idle} />
      {applications.map((a) => (
        <Panel
          key={a.id}
          slug={slug}
          programId={programId}
          application={a}
          canEdit={canEdit}
          onWithdraw={() => {
            setTarget(a);
            dialog.onOpenChange(true);
          }}
        />
      ))}
      <Dialog
        open={dialog.open}
        onOpenChange={dialog.onOpenChange}
        // After a withdrawal the button that opened the dialog is gone: land beside the panels instead.
        onCloseAutoFocus={(event) => {
          if (state.status !== "success") return;
          event.preventDefault();
          regionRef.current?.focus();
        }}
        title={draft ? t("discardTitle", { role }) : t("withdrawTitle", { role })}
        description={
          draft
            ? t("discardDescription")
            : target?.state === "APPROVED"
              ? t("withdrawApprovedDescription")
              : t("withdrawDescription")
        }
      >
        <form action={action} className="space-y-4">
          <ActionFeedback state={state.status === "error" ? state : idle} />
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="applicationId" value={target?.id ?? ""} />
          <input type="hidden" name="draft" value={draft ? "1" : ""} />
          <div className="flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="outline">
                {t("keep")}
              </Button>
            </DialogClose>
            <SubmitButton variant="destructive" pendingLabel={draft ? t("discarding") : t("withdrawing")}>
              {draft ? t("discardDraft") : t("withdrawApplication")}
            </SubmitButton>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
