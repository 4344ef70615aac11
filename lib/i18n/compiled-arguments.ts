/**
 * The argument names a message needs, when the catalogue it comes from is precompiled (the built app, decision 035):
 * a message is literal text or a list of parts (lib/i18n/pseudo.ts describes them). ICU source (vitest, scripts run
 * by tsx) gives none: there, the formatter itself reports a missing argument.
 */
type Part = string | number | Part[] | { [key: string]: Part };

function visitList(list: Part[], into: Set<string>): void {
  for (const part of list) visitPart(part, into);
}

function visitPart(part: Part, into: Set<string>): void {
  if (!Array.isArray(part)) return;
  const [name, type, ...rest] = part;
  if (typeof name !== "string") return;
  into.add(name);
  if (type === undefined) return;
  if (typeof type !== "number" || type === 0) return visitList([type, ...rest], into);
  if (type <= 3)
    for (const option of Object.values(rest[0] as Record<string, Part>))
      if (Array.isArray(option)) visitList(option, into);
}

export function compiledArguments(message: unknown): Set<string> {
  const names = new Set<string>();
  if (Array.isArray(message)) visitList(message as Part[], names);
  return names;
}
