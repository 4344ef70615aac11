/** "4.5" / "4,5": a one-decimal figure (an average rating) in the reader's language. */
export const oneDecimal = (value: number, locale: string) =>
  new Intl.NumberFormat(locale === "en" || locale === "en-XA" ? "en-US" : locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);

/** A Net Promoter Score with its sign ("+40", "−10" stays as the number writes it), or a dash when there is none. */
export const npsText = (nps: number | null) => (nps === null ? "—" : nps > 0 ? `+${nps}` : String(nps));
