"use client";

import { useActionState, useId, useState } from "react";
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { FormSelect } from "@/components/ui/form-select";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { createInviteLinkAction, inviteUserAction } from "./actions";

function InviteByEmail({ slug }: { slug: string }) {
  const [state, action] = useActionState(inviteUserAction, idle);
  const t = useTranslations("members.invite");
  return (
    <form action={action} className="space-y-3" noValidate>
      <ActionFeedback state={state} />
      <input type="hidden" name="slug" value={slug} />
      <FormField
        id="invite-email"
        name="email"
        type="email"
        label={t("byEmail")}
        autoComplete="off"
        placeholder="name@example.com"
        description={t("byEmailHint")}
        defaultValue={valueAfter(state, "email")}
        errors={errorsFor(state, "email")}
      />
      <SubmitButton size="sm" pendingLabel={t("inviting")}>
        {t("send")}
      </SubmitButton>
    </form>
  );
}

function CopyField({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  const t = useTranslations("members.invite");
  const id = useId();
  return (
    <div className="space-y-2">
      <Label htmlFor={id}>{t("yourLink")}</Label>
      <div className="flex gap-2">
        <Input id={id} readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
        <Button
          type="button"
          variant="outline"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
      <p aria-live="polite" className="text-sm text-muted-foreground">
        {copied ? t("copiedHint") : t("copyHint")}
      </p>
    </div>
  );
}

function CreateLink({ slug }: { slug: string }) {
  const [state, action] = useActionState(createInviteLinkAction, idle);
  const t = useTranslations("members.invite");
  const link = state.status === "success" ? state.data : null;
  const maxUsesErrors = errorsFor(state, "maxUses");
  return (
    <form action={action} className="space-y-3" noValidate>
      <ActionFeedback state={state} />
      <input type="hidden" name="slug" value={slug} />
      <p className="text-sm font-medium">{t("orLink")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-2">
          <Label htmlFor="link-expiry">{t("expiresAfter")}</Label>
          <FormSelect id="link-expiry" name="expiresInDays" defaultValue={valueAfter(state, "expiresInDays", "7")}>
            {[1, 7, 30].map((n) => (
              <option key={n} value={String(n)}>
                {t("days", { count: n })}
              </option>
            ))}
          </FormSelect>
        </div>
        <div className="space-y-2">
          <Label htmlFor="link-uses">{t("uses")}</Label>
          <FormSelect
            id="link-uses"
            name="maxUses"
            defaultValue={valueAfter(state, "maxUses", "10")}
            aria-invalid={maxUsesErrors ? true : undefined}
            aria-describedby={maxUsesErrors ? "link-uses-error" : undefined}
          >
            {[1, 5, 10, 25, 50, 100].map((n) => (
              <option key={n} value={String(n)}>
                {t("people", { count: n })}
              </option>
            ))}
            <option value="unlimited">{t("noLimit")}</option>
          </FormSelect>
          {maxUsesErrors ? (
            <p id="link-uses-error" className="text-sm text-destructive">
              {maxUsesErrors.join(" ")}
            </p>
          ) : null}
        </div>
      </div>
      <SubmitButton size="sm" variant="outline" pendingLabel={t("creating")}>
        {t("createLink")}
      </SubmitButton>
      {/* Only ever rendered in the browser, after the action answered. */}
      {link ? <CopyField url={new URL(link.path, window.location.origin).toString()} /> : null}
    </form>
  );
}

/** Invite people: by the email of someone on Kinship, or with a link that expires and has a use limit. */
export function InviteCard({ slug }: { slug: string }) {
  return (
    <div className="space-y-6">
      <InviteByEmail slug={slug} />
      <CreateLink slug={slug} />
    </div>
  );
}
