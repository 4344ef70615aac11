"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { archiveGroupAction } from "./actions";

/** Danger zone: archiving, confirmed by typing the group's name. */
export function ArchiveGroupCard({ slug, name }: { slug: string; name: string }) {
  const [state, action] = useActionState(archiveGroupAction, idle);
  const [typed, setTyped] = useState("");
  const t = useTranslations("groups.archive");
  const matches = typed.trim() === name.trim();
  const errors = errorsFor(state, "confirmName");
  return (
    <Dialog
      title={t("title", { name })}
      description={t("description")}
      trigger={
        <Button type="button" variant="destructive">
          {t("button")}
        </Button>
      }
    >
      <form action={action} className="space-y-4" noValidate>
        <ActionFeedback state={state} />
        <input type="hidden" name="slug" value={slug} />
        <div className="space-y-2">
          <Label htmlFor="confirm-name">
            {t.rich("typeToConfirm", { name, strong: (chunks) => <span className="font-semibold">{chunks}</span> })}
          </Label>
          <Input
            id="confirm-name"
            name="confirmName"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            aria-invalid={errors ? true : undefined}
            aria-describedby={errors ? "confirm-name-error" : undefined}
          />
          {errors ? (
            <p id="confirm-name-error" className="text-sm text-destructive">
              {errors.join(" ")}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button type="button" variant="outline">
              {t("cancel")}
            </Button>
          </DialogClose>
          <SubmitButton variant="destructive" pendingLabel={t("archiving")} disabled={!matches}>
            {t("submit")}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
