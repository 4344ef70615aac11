import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./messages";

/**
 * A message the server means, not yet put into words (decision 024): a catalogue key under `errors` or `validation`
 * and the values its ICU message needs. Errors carry these, and the edge (formAction, apiRoute, a page) renders them
 * in the reader's language; a value may itself be a ref (a reason inside a sentence), rendered in the same language.
 */
export type ErrorMessageKey = Extract<
  MessageKeys<Messages, NestedKeyOf<Messages>>,
  `errors.${string}` | `validation.${string}`
>;
export type MessageValue = string | number | MessageRef;
export type MessageRef = { readonly key: ErrorMessageKey; readonly values?: Readonly<Record<string, MessageValue>> };
/** What an error says: a ref, or literal text (text that is the same in every language, such as a token status). */
export type MessageText = string | MessageRef;

/** `msg("errors.groups.slugTaken", { slug })`: the message the catalogue has under that key, with those values. */
export function msg(key: ErrorMessageKey, values?: Record<string, MessageValue>): MessageRef {
  return values ? { key, values } : { key };
}

export function isMessageRef(value: unknown): value is MessageRef {
  return typeof value === "object" && value !== null && typeof (value as { key?: unknown }).key === "string";
}

/** A zod issue's message that names a catalogue key (the schemas write keys, lib/i18n/zod-messages.ts). */
export function isMessageKey(text: string): text is ErrorMessageKey {
  return /^(errors|validation)\.[A-Za-z0-9.]+$/.test(text);
}
