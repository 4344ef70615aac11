import { Clock, Globe } from "lucide-react";
import { useTranslations } from "next-intl";
import type { QuestionKind } from "@/lib/programs/question-limits";
import { Badge } from "@/components/ui/badge";
import { CADENCES, type Cadence } from "@/lib/programs/question-limits";
import { offsetLabel, zoneName } from "@/lib/time";

/** One stored answer, shown for its kind: text as written, choices and tags as chips, availability in words. */
export function AnswerView({ kind, answer }: { kind: QuestionKind; answer: unknown }) {
  const t = useTranslations("programs");
  const none = <span className="italic text-muted-foreground">{t("answer.none")}</span>;
  if (answer === null || answer === undefined || answer === "") return none;
  if (Array.isArray(answer)) {
    const items = answer.filter((a): a is string => typeof a === "string");
    if (!items.length) return none;
    return (
      <ul className="flex flex-wrap gap-1.5">
        {items.map((item) => (
          <li key={item}>
            <Badge variant={kind === "MULTIPLE_CHOICE" ? "outline" : "secondary"}>{item}</Badge>
          </li>
        ))}
      </ul>
    );
  }
  if (kind === "AVAILABILITY" && typeof answer === "object") {
    const { timeZone, cadence } = answer as { timeZone?: unknown; cadence?: unknown };
    const zone = typeof timeZone === "string" ? timeZone : null;
    const offset = zone ? offsetLabel(zone) : null;
    const rhythm =
      typeof cadence !== "string" || !cadence
        ? null
        : CADENCES.includes(cadence as Cadence)
          ? t(`cadence.${cadence as Cadence}`)
          : cadence;
    return (
      <span className="flex flex-wrap gap-x-4 gap-y-1">
        {zone ? (
          <span className="inline-flex items-center gap-1.5">
            <Globe aria-hidden className="size-4 text-muted-foreground" />
            {zoneName(zone)}
            {offset ? <span className="text-muted-foreground">({offset})</span> : null}
          </span>
        ) : null}
        {rhythm ? (
          <span className="inline-flex items-center gap-1.5">
            <Clock aria-hidden className="size-4 text-muted-foreground" />
            {rhythm}
          </span>
        ) : null}
      </span>
    );
  }
  if (typeof answer === "string") return <span className="whitespace-pre-line">{answer}</span>;
  return none;
}
