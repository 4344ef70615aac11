"use client";

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
      <span className="font-medium">{person.name}</span>
    </span>
  );
}

function Actions({ row, manage }: { row: PairingRowDto; manage: Props["manage"] }) {
  if (!manage || row.state !== "ACTIVE") return null;
  return (
    <div className="flex flex-wrap gap-2">
      {manage.onMove ? (
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => manage.onMove?.(row)}
          aria-label={`Move mentee: ${row.mentee.name}`}
        >
          <ArrowRightLeft aria-hidden />
          Move mentee
        </Button>
      ) : null}
      <Button
        type="button"
        variant="ghost"
        size="sm"
        onClick={() => manage.onEnd(row)}
        aria-label={`End early: ${row.mentee.name} and ${row.mentor.name}`}
      >
        <OctagonX aria-hidden />
        End early
      </Button>
    </div>
  );
}

function Ending({ row, dateLabel }: { row: PairingRowDto; dateLabel: Props["dateLabel"] }) {
  if (row.state === "COMPLETED" && row.completedAt)
    return <p className="text-sm text-muted-foreground">Completed {dateLabel(row.completedAt)}</p>;
  if (row.state !== "ENDED") return null;
  return (
    <div className="space-y-0.5 text-sm">
      {row.endedAt ? <p className="text-muted-foreground">Ended {dateLabel(row.endedAt)}</p> : null}
      {row.endReason ? (
        <p className="flex items-start gap-1.5">
          <Lock aria-hidden className="mt-0.5 size-3.5 shrink-0 text-muted-foreground" />
          <span>
            <span className="font-medium">Private to admins: </span>
            {row.endReason}
          </span>
        </p>
      ) : null}
    </div>
  );
}

/** Pairings as a table on wide screens and as cards on phones. */
export function PairingRows({ items, dateLabel, manage }: Props) {
  return (
    <>
      <table className="hidden w-full border-separate border-spacing-0 overflow-hidden rounded-lg border border-border bg-card text-start md:table">
        <caption className="sr-only">Pairings</caption>
        <thead className="bg-muted text-sm text-muted-foreground">
          <tr>
            {["Mentee", "Mentor", "State", "Started", "Progress", manage ? "Actions" : null]
              .filter(Boolean)
              .map((h) => (
                <th key={h} scope="col" className="px-4 py-2 font-medium">
                  {h === "Actions" ? <span className="sr-only">Actions</span> : h}
                </th>
              ))}
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
      <ul className="space-y-3 md:hidden" aria-label="Pairings">
        {items.map((row) => (
          <li key={row.id} className="space-y-3 rounded-lg border border-border bg-card p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <PairingStateBadge state={row.state} />
              <span className="text-sm text-muted-foreground">Started {dateLabel(row.startedAt)}</span>
            </div>
            <dl className="grid gap-2 text-sm">
              <div className="flex items-center justify-between gap-2">
                <dt className="text-muted-foreground">Mentee</dt>
                <dd>
                  <Person person={row.mentee} />
                </dd>
              </div>
              <div className="flex items-center justify-between gap-2">
                <dt className="text-muted-foreground">Mentor</dt>
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
