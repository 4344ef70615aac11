import { randomInt } from "node:crypto";

/** Random characters after a hidden group's slug: 36^10 ≈ 3.7e15 addresses per name, too many to try. */
export const HIDDEN_SUFFIX_LENGTH = 10;
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
const MAX_SLUG = 64;

/**
 * An address nobody can guess from the group's name: the base, cut to fit, then a dash and random base36. A hidden
 * group always lives at one, so no natural slug and no `-2`, `-3`… numbering ever collides with a hidden group, and
 * the slug a new group gets can tell nothing of hidden ones (issue 17).
 */
export function unguessableSlug(base: string): string {
  const prefix = base.slice(0, MAX_SLUG - 1 - HIDDEN_SUFFIX_LENGTH).replace(/-+$/, "") || "group";
  const suffix = Array.from({ length: HIDDEN_SUFFIX_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${prefix}-${suffix}`;
}
