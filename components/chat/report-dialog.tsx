"use client";

import { useId, useState, type FormEvent, type RefObject } from "react";
import { LoaderCircle } from "lucide-react";
import { toast } from "@/components/ui/toast";
import { useTranslations } from "next-intl";
import { REPORT_REASON_LABELS } from "@/components/groups/feed/labels";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { chatApi } from "./api";
import { useApiError } from "./use-api-error";

type Errors = Record<string, string[]>;

function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm text-destructive">
      {errors.join(" ")}
    </p>
  );
}

/** A participant reports the other's message: a reason and an optional note, for the group's admins only. */
export function ReportDialog({
  messageId,
  authorName,
  open,
  onOpenChange,
  returnFocusTo,
}: {
  messageId: string;
  authorName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusTo?: RefObject<HTMLElement | null>;
}) {
  const id = useId();
  const t = useTranslations("chat.report");
  const apiError = useApiError();
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const reason = form.get("reason");
    const note = String(form.get("note") ?? "").trim();
    if (!reason) return setErrors({ reason: [t("reasonRequired")] });
    setPending(true);
    const result = await chatApi<{ alreadyReported: boolean }>(`/api/v1/messages/${messageId}/reports`, {
      method: "POST",
      body: { reason, ...(note ? { note } : {}) },
    });
    setPending(false);
    if (!result.ok) {
      setErrors(result.fields ?? {});
      setFormError(result.fields ? null : apiError(result));
      return;
    }
    setErrors({});
    setFormError(null);
    onOpenChange(false);
    toast.success(result.data.alreadyReported ? t("already") : t("thanks"));
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      returnFocusTo={returnFocusTo}
      title={t("title")}
      description={t("description", { name: authorName })}
    >
      <form onSubmit={(e) => void submit(e)} className="space-y-4" noValidate>
        {formError ? (
          <p role="alert" className="rounded-md border border-destructive/40 p-3 text-sm text-destructive">
            {formError}
          </p>
        ) : null}
        <fieldset className="space-y-2" aria-describedby={errors.reason ? `${id}-reason-error` : undefined}>
          <legend className="mb-2 text-sm font-medium">{t("legend")}</legend>
          {Object.keys(REPORT_REASON_LABELS).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="reason" value={value} required className="size-4 accent-primary" />
              {t("reason", { reason: value })}
            </label>
          ))}
          <FieldError id={`${id}-reason-error`} errors={errors.reason} />
        </fieldset>
        <div className="space-y-2">
          <Label htmlFor={`${id}-note`}>{t("note")}</Label>
          <Textarea
            id={`${id}-note`}
            name="note"
            rows={3}
            maxLength={1000}
            className="min-h-20"
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={errors.note ? `${id}-note-error` : undefined}
          />
          <FieldError id={`${id}-note-error`} errors={errors.note} />
        </div>
        <div className="flex flex-wrap justify-end gap-2 pt-2">
          <DialogClose asChild>
            <Button type="button" variant="outline">
              {t("cancel")}
            </Button>
          </DialogClose>
          <Button type="submit" aria-disabled={pending || undefined}>
            {pending ? <LoaderCircle aria-hidden className="motion-safe:animate-spin" /> : null}
            {pending ? t("sending") : t("submit")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
