import localFont from "next/font/local";

/**
 * Noto Sans Arabic (SIL Open Font License), self-hosted from the npm package: Geist has no Arabic letters, and the
 * machines people read on may have no Arabic face or a poor one. The face follows Geist in the font stack
 * (globals.css), and its unicode-range limits it to Arabic script, so an English page never downloads it and an
 * Arabic page downloads it once. Not preloaded for the same reason.
 */
export const arabicFont = localFont({
  src: "../../node_modules/@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  preload: false,
  variable: "--font-arabic",
  declarations: [{ prop: "unicode-range", value: "U+0600-06FF, U+0750-077F, U+0870-08FF, U+FB50-FDFF, U+FE70-FEFF" }],
});
