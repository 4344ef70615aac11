"use client";

import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { SendHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import { MESSAGE_MAX } from "@/lib/chat/limits";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";
import { inputClassName } from "@/components/ui/input";
import { useDraft } from "./use-draft";

const WARN_AT = MESSAGE_MAX - 300;

/** On touch screens Enter is the keyboard's newline key; the Send button sends. */
const touchKeyboard = () => typeof window !== "undefined" && window.matchMedia("(pointer: coarse)").matches;

/**
 * Writing a message: Enter sends, Shift+Enter starts a new line, and what you are writing is kept per thread in
 * this browser until it is sent.
 */
export function Composer({
  draftKey,
  partnerName,
  onSend,
}: {
  draftKey: string;
  partnerName: string;
  onSend: (body: string) => void;
}) {
  const id = useId();
  const t = useTranslations("chat.composer");
  const [text, setText] = useDraft(draftKey);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const left = MESSAGE_MAX - text.length;

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim()) {
      setError(null);
      return field.current?.focus();
    }
    if (left < 0) return setError(t("tooLong", { max: MESSAGE_MAX }));
    onSend(text);
    setText("");
    setError(null);
    field.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== "Enter" || e.shiftKey || e.altKey || e.nativeEvent.isComposing || touchKeyboard()) return;
    e.preventDefault();
    send();
  };

  return (
    <form onSubmit={send} className="border-t border-border pt-3" noValidate>
      <div className="flex items-end gap-2">
        <label htmlFor={id} className="sr-only">
          {t("label", { name: partnerName })}
        </label>
        <textarea
          dir="auto"
          ref={field}
          id={id}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (error) setError(null);
          }}
          onKeyDown={onKeyDown}
          rows={1}
          placeholder={t("placeholder", { name: partnerName })}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          className={cn(inputClassName, "max-h-48 min-h-11 resize-none py-2.5 [field-sizing:content]")}
        />
        <Button type="submit" size="icon" className="size-11 shrink-0 rounded-full" aria-label={t("send")}>
          <SendHorizontal aria-hidden className="size-5 rtl:-scale-x-100" />
        </Button>
      </div>
      <div className="mt-1.5 flex flex-wrap justify-between gap-x-3 px-1 text-xs text-muted-foreground">
        <p id={`${id}-hint`}>
          <span className="[@media(pointer:coarse)]:hidden">{t("keys")}</span>
          <span className="hidden [@media(pointer:coarse)]:inline">{t("drafts")}</span>
        </p>
        {left < MESSAGE_MAX - WARN_AT ? (
          <p aria-live="polite" className={left < 0 ? "font-medium text-destructive" : undefined}>
            {left < 0 ? t("tooMany", { count: -left }) : t("left", { count: left })}
          </p>
        ) : null}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 px-1 text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </form>
  );
}
