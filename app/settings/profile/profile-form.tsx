"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { updateProfileAction } from "./actions";
import { BrowserZoneOffer } from "./browser-zone-offer";
import { idle } from "@/lib/http/action-state";
import type { ProfileDto } from "@/lib/accounts/dto";
import { withTimeZone, type TimeZoneOption } from "@/lib/time";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { FormField } from "@/components/ui/form-field";
import { FormSelect } from "@/components/ui/form-select";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";

export function ProfileForm({ profile, timeZones }: { profile: ProfileDto; timeZones: TimeZoneOption[] }) {
  const t = useTranslations("settings.profile");
  const [state, action] = useActionState(updateProfileAction, idle);
  const current = state.status === "success" ? state.data : profile;
  const zone = valueAfter(state, "timeZone", current.timeZone);
  const tzErrors = errorsFor(state, "timeZone");
  // Someone who picks a zone themselves has answered the browser's suggestion.
  const [choseZone, setChoseZone] = useState(false);
  return (
    <div className="space-y-5">
      <BrowserZoneOffer saved={current} action={action} hidden={choseZone} />
      <form action={action} className="space-y-5" noValidate>
        <ActionFeedback state={state} />
        <FormField
          id="name"
          name="name"
          label={t("name")}
          autoComplete="name"
          required
          defaultValue={valueAfter(state, "name", current.name)}
          errors={errorsFor(state, "name")}
        />
        <FormField
          id="bio"
          name="bio"
          label={t("bio")}
          multiline
          rows={4}
          maxLength={500}
          description={t("bioHint")}
          defaultValue={valueAfter(state, "bio", current.bio)}
          errors={errorsFor(state, "bio")}
        />
        <div className="space-y-2">
          <Label htmlFor="timeZone">{t("timeZone")}</Label>
          <FormSelect
            id="timeZone"
            name="timeZone"
            defaultValue={zone}
            onChange={() => setChoseZone(true)}
            aria-invalid={tzErrors ? true : undefined}
            aria-describedby={tzErrors ? "timeZone-error" : "timeZone-description"}
          >
            {withTimeZone(timeZones, zone).map((tz) => (
              <option key={tz.value} value={tz.value}>
                {tz.label}
              </option>
            ))}
          </FormSelect>
          {tzErrors ? (
            <p id="timeZone-error" className="text-sm text-destructive">
              {tzErrors.join(" ")}
            </p>
          ) : (
            <p id="timeZone-description" className="text-sm text-muted-foreground">
              {t("timeZoneHint")}
            </p>
          )}
        </div>
        <FormField
          id="languages"
          name="languages"
          label={t("languages")}
          description={t("languagesHint")}
          defaultValue={valueAfter(state, "languages", current.languages.join(", "))}
          errors={errorsFor(state, "languages") ?? errorsFor(state, "languages.0")}
        />
        <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
      </form>
    </div>
  );
}
