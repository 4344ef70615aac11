"use client";

import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { MessageDto } from "@/lib/chat/dto";
import { MESSAGE_MAX } from "@/lib/chat/limits";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { chatApi } from "./api";
import { useApiError } from "./use-api-error";

/** Editing your own message in place: Enter saves, Shift+Enter is a new line, Escape cancels. */
export function EditForm({ message, onDone }: { message: MessageDto; onDone: (updated: MessageDto | null) => void }) {
  const id = useId();
  const t = useTranslations("chat.edit");
  const apiError = useApiError();
  const [body, setBody] = useState(message.body ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (pending) return;
    if (!body.trim()) return setError(t("empty"));
    if (body === message.body) return onDone(null);
    setPending(true);
    const result = await chatApi<MessageDto>(`/api/v1/messages/${message.id}`, { method: "PATCH", body: { body } });
    setPending(false);
    if (result.ok) return onDone(result.data);
    setError(result.fields?.body?.join(" ") ?? apiError(result));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Escape") {
      e.preventDefault();
      onDone(null);
    } else if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <form onSubmit={(e) => void save(e)} className="w-full space-y-2" noValidate>
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <Textarea
        dir="auto"
        id={id}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={onKeyDown}
        maxLength={MESSAGE_MAX}
        rows={3}
        autoFocus
        className="min-h-20 [field-sizing:content]"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-end gap-2">
        <p id={`${id}-hint`} className="me-auto text-xs text-muted-foreground max-sm:sr-only">
          {t("hint")}
        </p>
        <Button type="button" variant="outline" size="sm" onClick={() => onDone(null)}>
          {t("cancel")}
        </Button>
        <Button type="submit" size="sm" aria-disabled={pending || undefined}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
