"use client";

import { useActionState } from "react";
import { updateProfileAction } from "./actions";
import { idle } from "@/lib/http/action-state";
import type { ProfileDto } from "@/lib/accounts/dto";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { cn } from "@/lib/utils/cn";
import { inputClassName } from "@/components/ui/input";

export function ProfileForm({ profile, timeZones }: { profile: ProfileDto; timeZones: string[] }) {
  const [state, action] = useActionState(updateProfileAction, idle);
  const current = state.status === "success" ? state.data : profile;
  const tzErrors = errorsFor(state, "timeZone");
  return (
    <form action={action} className="space-y-5" noValidate>
      <ActionFeedback state={state} />
      <FormField
        id="name"
        name="name"
        label="Name"
        autoComplete="name"
        required
        defaultValue={valueAfter(state, "name", current.name)}
        errors={errorsFor(state, "name")}
      />
      <FormField
        id="bio"
        name="bio"
        label="Short bio"
        multiline
        rows={4}
        maxLength={500}
        description="A few words about you that your groups will see. Up to 500 characters."
        defaultValue={valueAfter(state, "bio", current.bio)}
        errors={errorsFor(state, "bio")}
      />
      <div className="space-y-2">
        <Label htmlFor="timeZone">Time zone</Label>
        <select
          id="timeZone"
          name="timeZone"
          defaultValue={valueAfter(state, "timeZone", current.timeZone)}
          aria-invalid={tzErrors ? true : undefined}
          aria-describedby={tzErrors ? "timeZone-error" : "timeZone-description"}
          className={cn(inputClassName, "h-10")}
        >
          {timeZones.map((tz) => (
            <option key={tz} value={tz}>
              {tz.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {tzErrors ? (
          <p id="timeZone-error" className="text-sm text-destructive">
            {tzErrors.join(" ")}
          </p>
        ) : (
          <p id="timeZone-description" className="text-sm text-muted-foreground">
            Used to show times and due dates in your day.
          </p>
        )}
      </div>
      <FormField
        id="languages"
        name="languages"
        label="Languages you speak"
        description="Separate them with commas, for example: English, Spanish."
        defaultValue={valueAfter(state, "languages", current.languages.join(", "))}
        errors={errorsFor(state, "languages") ?? errorsFor(state, "languages.0")}
      />
      <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
    </form>
  );
}
