import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/translator";
import { buildTemplates, PROGRAM_TEMPLATES, type ProgramTemplate, type Template } from "./templates";

const cache = new Map<Locale, Record<ProgramTemplate, Template>>();

/**
 * The program templates written in one language (issue 21): the group's content starts in the language of the
 * admin who creates the program, and is the group's own from then on (never translated again).
 */
export function templatesFor(locale: Locale): Record<ProgramTemplate, Template> {
  let templates = cache.get(locale);
  if (!templates) cache.set(locale, (templates = buildTemplates(messagesFor(locale).templates)));
  return templates;
}

export function templateListFor(locale: Locale): Template[] {
  const templates = templatesFor(locale);
  return PROGRAM_TEMPLATES.map((key) => templates[key]);
}
