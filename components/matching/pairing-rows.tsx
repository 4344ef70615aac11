"use client";

import { useTranslations } from "next-intl";
import { ArrowRightLeft, Lock, OctagonX } from "lucide-react";
import type { PairingRowDto } from "@/lib/matching/dto";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { PairingStateBadge } from "@/components/pairings/pairing-state-badge";
import { Progress } from "./pairing-state";

type Props = {
  items: PairingRowDto[];
  dateLabel: (iso: string) => string;
  /** Offered on active pairings when the program can still change. */
  manage: { onEnd: (row: PairingRowDto) => void; onMove: ((row: PairingRowDto) => void) | null } | null;
};

function Person({ person }: { person: PairingRowDto["mentee"] }) {
  return (
    <span className="flex items-center gap-2">
      <Avatar name={person.name} photo={person.photo} size="sm" />
      <span dir="auto" className="font-medium">
        {person.name}
      </span>
    </span>
  );
}

function Actions({ row, manage }: { row: PairingRowDto; manage: Props["manage"] }) {
  const t = useTranslations("adminPairings.rows");
  if (!manage || row.state !== "ACTIVE") return null;
  return (
    <div className="flex flex-wrap gap-2">
      {manage.onMove ? (
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => manage.onMove?.(row)}
          aria-label={t("moveLabel", { name: row.mentee.name })}
        >
          <ArrowRightLeft aria-hidden />
          {t("move")}
        </Button>
      ) : null}
      <Button
        type="button"
        variant="ghost"
        size="sm"
        onClick={() => manage.onEnd(row)}
        aria-label={t("endLabel", { mentee: row.mentee.name, mentor: row.mentor.name })}
      >
        <OctagonX aria-hidden />
        {t("end")}
      </Button>
    </div>
  );
}

function Ending({ row, dateLabel }: { row: PairingRowDto; dateLabel: Props["dateLabel"] }) {
  const t = useTranslations("adminPairings.rows");
  if (row.state === "COMPLETED" && row.completedAt)
    return <p className="text-sm text-muted-foreground">{t("completedOn", { date: dateLabel(row.completedAt) })}</p>;
  if (row.state !== "ENDED") return null;
  return (
    <div className="space-y-0.5 text-sm">
      {row.endedAt ? <p className="text-muted-foreground">{t("endedOn", { date: dateLabel(row.endedAt) })}</p> : null}
      {row.endReason ? (
        <p className="flex items-start gap-1.5">
          <Lock aria-hidden className="mt-0.5 size-3.5 shrink-0 text-muted-foreground" />
          <span>
            <span className="font-medium">{t("privateToAdmins")}</span>
            <span dir="auto">{row.endReason}</span>
          </span>
        </p>
      ) : null}
    </div>
  );
}

/** Pairings as a table on wide screens and as cards on phones. */
export function PairingRows({ items, dateLabel, manage }: Props) {
  const t = useTranslations("adminPairings.rows");
  const headings = (["mentee", "mentor", "state", "started", "progress"] as const).map((key) => t(key));
  return (
    <>
      <table className="hidden w-full border-separate border-spacing-0 overflow-hidden rounded-lg border border-border bg-card text-start md:table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-muted text-sm text-muted-foreground">
          <tr>
            {headings.map((h) => (
              <th key={h} scope="col" className="px-4 py-2 font-medium">
                {h}
              </th>
            ))}
            {manage ? (
              <th scope="col" className="px-4 py-2 font-medium">
                <span className="sr-only">{t("actions")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {items.map((row) => (
            <tr key={row.id} className="align-top [&>td]:border-t [&>td]:border-border [&>td]:px-4 [&>td]:py-3">
              <td>
                <Person person={row.mentee} />
              </td>
              <td>
                <Person person={row.mentor} />
              </td>
              <td className="space-y-1">
                <PairingStateBadge state={row.state} />
                <Ending row={row} dateLabel={dateLabel} />
              </td>
              <td className="whitespace-nowrap text-sm">{dateLabel(row.startedAt)}</td>
              <td>
                <Progress {...row.progress} />
              </td>
              {manage ? (
                <td>
                  <Actions row={row} manage={manage} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="space-y-3 md:hidden" aria-label={t("caption")}>
        {items.map((row) => (
          <li key={row.id} className="space-y-3 rounded-lg border border-border bg-card p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <PairingStateBadge state={row.state} />
              <span className="text-sm text-muted-foreground">
                {t("startedOn", { date: dateLabel(row.startedAt) })}
              </span>
            </div>
            <dl className="grid gap-2 text-sm">
              <div className="flex items-center justify-between gap-2">
                <dt className="text-muted-foreground">{t("mentee")}</dt>
                <dd>
                  <Person person={row.mentee} />
                </dd>
              </div>
              <div className="flex items-center justify-between gap-2">
                <dt className="text-muted-foreground">{t("mentor")}</dt>
                <dd>
                  <Person person={row.mentor} />
                </dd>
              </div>
            </dl>
            <Progress {...row.progress} />
            <Ending row={row} dateLabel={dateLabel} />
            <Actions row={row} manage={manage} />
          </li>
        ))}
      </ul>
    </>
  );
}
