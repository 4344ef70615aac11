/** A field's errors under it; the field points here with aria-describedby. */
export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm text-destructive">
      {errors.join(" ")}
    </p>
  );
}

/** Props that tie a control to its hint and its errors. */
export function describedBy(id: string, errors: string[] | undefined, hint = false) {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return {
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": ids.length ? ids.join(" ") : undefined,
  } as const;
}

/** Every error at `path` or below it ("options", "options.2"), for lists shown as one control. */
export function errorsUnder(fields: Record<string, string[]>, path: string): string[] | undefined {
  const found = Object.entries(fields)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .flatMap(([, messages]) => messages);
  return found.length ? [...new Set(found)] : undefined;
}

/** A number typed in a field: sent as a number when it is one, else as typed, so the schema says what is wrong. */
export function typedNumber(value: string): number | string {
  const n = Number(value);
  return value.trim() !== "" && Number.isFinite(n) ? n : value;
}

/** An optional number: empty is null. */
export function optionalNumber(value: string): number | string | null {
  return value.trim() === "" ? null : typedNumber(value);
}
