"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { MAX_PROGRAM_TOPICS } from "@/lib/programs/limits";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { describedBy, errorsUnder, FieldError } from "./field-error";
import type { DetailsDraft } from "./program-details-draft";
import { TagListInput } from "./tag-list-input";

function Check({
  id,
  checked,
  onChange,
  label,
  hint,
}: {
  id: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  label: string;
  hint: ReactNode;
}) {
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        className="mt-1 size-4"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={`${id}-hint`}
      />
      <div>
        <Label htmlFor={id}>{label}</Label>
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      </div>
    </div>
  );
}

/**
 * The details of a program, shared by the new-program form and the edit page: name, description, who it is for,
 * length, default mentor capacity, the two options and the topic list. Controlled; errors by field path.
 */
export function ProgramDetailsFields({
  values,
  onChange,
  fields,
}: {
  values: DetailsDraft;
  onChange: (patch: Partial<DetailsDraft>) => void;
  fields: Record<string, string[]>;
}) {
  const t = useTranslations("programEditor.details");
  const err = (path: string) => fields[path];
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <Label htmlFor="program-name">{t("name")}</Label>
        <Input
          id="program-name"
          value={values.name}
          onChange={(e) => onChange({ name: e.target.value })}
          maxLength={100}
          required
          {...describedBy("program-name", err("name"))}
        />
        <FieldError id="program-name-error" errors={err("name")} />
      </div>
      <div className="space-y-2">
        <Label htmlFor="program-description">{t("description")}</Label>
        <Textarea
          id="program-description"
          rows={4}
          value={values.description}
          onChange={(e) => onChange({ description: e.target.value })}
          maxLength={4000}
          {...describedBy("program-description", err("description"), true)}
        />
        <p id="program-description-hint" className="text-sm text-muted-foreground">
          {t("descriptionHint")}
        </p>
        <FieldError id="program-description-error" errors={err("description")} />
      </div>
      <div className="space-y-2">
        <Label htmlFor="program-audience">{t("audience")}</Label>
        <Textarea
          id="program-audience"
          rows={2}
          value={values.audience}
          onChange={(e) => onChange({ audience: e.target.value })}
          maxLength={1000}
          {...describedBy("program-audience", err("audience"), true)}
        />
        <p id="program-audience-hint" className="text-sm text-muted-foreground">
          {t("audienceHint")}
        </p>
        <FieldError id="program-audience-error" errors={err("audience")} />
      </div>

      <div className="grid gap-5 sm:grid-cols-2">
        <div className="space-y-2">
          <Label htmlFor="program-weeks">{t("weeks")}</Label>
          <Input
            id="program-weeks"
            type="number"
            inputMode="numeric"
            min={1}
            max={104}
            value={values.openEnded ? "" : values.weeks}
            disabled={values.openEnded}
            onChange={(e) => onChange({ weeks: e.target.value })}
            className="w-32"
            {...describedBy("program-weeks", err("lengthWeeks"))}
          />
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4"
              checked={values.openEnded}
              onChange={(e) => onChange({ openEnded: e.target.checked })}
            />
            {t("openEnded")}
          </label>
          <FieldError id="program-weeks-error" errors={err("lengthWeeks")} />
        </div>
        <div className="space-y-2">
          <Label htmlFor="program-capacity">{t("capacity")}</Label>
          <Input
            id="program-capacity"
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            value={values.capacity}
            onChange={(e) => onChange({ capacity: e.target.value })}
            className="w-32"
            {...describedBy("program-capacity", err("defaultMentorCapacity"), true)}
          />
          <p id="program-capacity-hint" className="text-sm text-muted-foreground">
            {t("capacityHint")}
          </p>
          <FieldError id="program-capacity-error" errors={err("defaultMentorCapacity")} />
        </div>
      </div>

      <div className="space-y-4">
        <Check
          id="program-dual-role"
          checked={values.allowDualRole}
          onChange={(v) => onChange({ allowDualRole: v })}
          label={t("dualRole")}
          hint={t("dualRoleHint")}
        />
        <Check
          id="program-late-applications"
          checked={values.acceptWhileRunning}
          onChange={(v) => onChange({ acceptWhileRunning: v })}
          label={t("late")}
          hint={t("lateHint")}
        />
      </div>

      <TagListInput
        id="program-topics"
        label={t("topics")}
        noun="topic"
        hint={t("topicsHint")}
        values={values.topics}
        onChange={(topics) => onChange({ topics })}
        max={MAX_PROGRAM_TOPICS}
        maxLength={40}
        placeholder={t("topicsPlaceholder")}
        errors={errorsUnder(fields, "topics")}
      />
    </div>
  );
}
