import { cn } from "@/lib/utils/cn";

type Option = { value: number; label: string };

/**
 * A scale as a native radio group (arrow keys move, Space picks), drawn as buttons: each choice shows its number and,
 * on the wide variant, its word. The legend names the question; `hint` explains the ends of the scale.
 */
export function RatingGroup({
  id,
  name,
  legend,
  hint,
  options,
  defaultValue,
  errors,
  compact = false,
  required = false,
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  options: readonly Option[];
  defaultValue?: number | null;
  errors?: string[] | undefined;
  /** Numbers only (the 0–10 scale), the words left to the accessible name. */
  compact?: boolean;
  required?: boolean;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="grid gap-2" aria-describedby={describedBy}>
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      {hint ? (
        <p id={hintId} className="-mt-1 text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <div className={cn("flex flex-wrap gap-1.5", compact ? "" : "sm:grid sm:grid-cols-5")}>
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "relative flex cursor-pointer select-none flex-col items-center justify-center rounded-md border border-input bg-background text-sm transition-colors hover:bg-accent",
              "has-[:checked]:border-primary has-[:checked]:bg-primary has-[:checked]:text-primary-foreground",
              "has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring has-[:focus-visible]:ring-offset-2 has-[:focus-visible]:ring-offset-background",
              compact ? "size-10 font-semibold" : "min-w-16 flex-1 px-2 py-1.5",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              required={required}
              // Over the whole choice, invisible: clicks land on the radio itself, the label draws it.
              className="absolute inset-0 size-full cursor-pointer opacity-0"
            />
            {compact ? (
              <>
                <span aria-hidden>{option.value}</span>
                <span className="sr-only">{option.label}</span>
              </>
            ) : (
              <>
                <span className="font-semibold">{option.value}</span> <span className="text-xs">{option.label}</span>
              </>
            )}
          </label>
        ))}
      </div>
      {errorId ? (
        <p id={errorId} className="text-sm text-destructive">
          {errors!.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
