import type { HTMLInputTypeAttribute, ReactNode } from "react";
import { cn } from "@/lib/utils/cn";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

export type FormFieldProps = {
  id: string;
  name: string;
  label: ReactNode;
  type?: HTMLInputTypeAttribute;
  defaultValue?: string | number;
  autoComplete?: string;
  required?: boolean;
  errors?: string[];
  description?: ReactNode;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  minLength?: number;
  maxLength?: number;
  min?: number | string;
  max?: number | string;
  step?: number | string;
  pattern?: string;
  inputMode?: "none" | "text" | "tel" | "url" | "email" | "numeric" | "decimal" | "search";
  spellCheck?: boolean;
  autoFocus?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  className?: string;
  inputClassName?: string;
};

export function FormField({
  id,
  label,
  type = "text",
  errors,
  description,
  multiline = false,
  rows = 4,
  className,
  inputClassName,
  min,
  max,
  step,
  pattern,
  ...controlProps
}: FormFieldProps) {
  const hasErrors = errors !== undefined && errors.length > 0;
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = hasErrors ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(" ") || undefined;

  const shared = {
    id,
    "aria-invalid": hasErrors || undefined,
    "aria-describedby": describedBy,
    className: inputClassName,
    ...controlProps,
  };

  return (
    <div className={cn("grid gap-2", className)}>
      <Label htmlFor={id}>{label}</Label>
      {multiline ? (
        <Textarea rows={rows} {...shared} />
      ) : (
        <Input type={type} min={min} max={max} step={step} pattern={pattern} {...shared} />
      )}
      {description ? (
        <p id={descriptionId} className="text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      {hasErrors ? (
        <p id={errorId} className="text-sm text-destructive">
          {errors.map((error, index) => (
            <span key={index} className="block">
              {error}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
