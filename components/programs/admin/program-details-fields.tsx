"use client";

import type { ReactNode } from "react";
import { MAX_PROGRAM_TOPICS } from "@/lib/programs/schemas";
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
  const err = (path: string) => fields[path];
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <Label htmlFor="program-name">Name</Label>
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
        <Label htmlFor="program-description">Description</Label>
        <Textarea
          id="program-description"
          rows={4}
          value={values.description}
          onChange={(e) => onChange({ description: e.target.value })}
          maxLength={4000}
          {...describedBy("program-description", err("description"), true)}
        />
        <p id="program-description-hint" className="text-sm text-muted-foreground">
          What pairs will do together and what people get out of it. Members read this before applying.
        </p>
        <FieldError id="program-description-error" errors={err("description")} />
      </div>
      <div className="space-y-2">
        <Label htmlFor="program-audience">Who it is for</Label>
        <Textarea
          id="program-audience"
          rows={2}
          value={values.audience}
          onChange={(e) => onChange({ audience: e.target.value })}
          maxLength={1000}
          {...describedBy("program-audience", err("audience"), true)}
        />
        <p id="program-audience-hint" className="text-sm text-muted-foreground">
          Shown on the program&apos;s page, so people can tell whether it is for them.
        </p>
        <FieldError id="program-audience-error" errors={err("audience")} />
      </div>

      <div className="grid gap-5 sm:grid-cols-2">
        <div className="space-y-2">
          <Label htmlFor="program-weeks">Length in weeks</Label>
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
            Open-ended (no set length)
          </label>
          <FieldError id="program-weeks-error" errors={err("lengthWeeks")} />
        </div>
        <div className="space-y-2">
          <Label htmlFor="program-capacity">Mentees per mentor</Label>
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
            The default from 1 to 10; each mentor can choose their own when applying.
          </p>
          <FieldError id="program-capacity-error" errors={err("defaultMentorCapacity")} />
        </div>
      </div>

      <div className="space-y-4">
        <Check
          id="program-dual-role"
          checked={values.allowDualRole}
          onChange={(v) => onChange({ allowDualRole: v })}
          label="Mentees may also be mentors"
          hint="A member can apply both as a mentor and as a mentee in this program."
        />
        <Check
          id="program-late-applications"
          checked={values.acceptWhileRunning}
          onChange={(v) => onChange({ acceptWhileRunning: v })}
          label="Keep taking applications while running"
          hint="People can still apply after you start the program; you match them as they come."
        />
      </div>

      <TagListInput
        id="program-topics"
        label="Topics"
        noun="topic"
        hint="Applicants choose from these when asked about topics, and can add their own."
        values={values.topics}
        onChange={(topics) => onChange({ topics })}
        max={MAX_PROGRAM_TOPICS}
        maxLength={40}
        placeholder="e.g. Cold process"
        errors={errorsUnder(fields, "topics")}
      />
    </div>
  );
}
