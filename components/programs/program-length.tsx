import { useTranslations } from "next-intl";

/** "4 weeks", or "Open-ended" for programs without a fixed length. */
export function ProgramLength({ weeks }: { weeks: number | null }) {
  const t = useTranslations("programs");
  return weeks === null ? t("openEnded") : t("weeks", { count: weeks });
}
