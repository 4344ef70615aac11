import { CircleCheck, CircleSlash, Handshake, type LucideIcon } from "lucide-react";
import type { PairingState } from "@/lib/matching/dto";
import { Badge, type BadgeProps } from "@/components/ui/badge";

export const PAIRING_STATE_LABELS: Record<PairingState, string> = {
  ACTIVE: "Active",
  COMPLETED: "Completed",
  ENDED: "Ended early",
};

const LOOKS: Record<PairingState, { variant: BadgeProps["variant"]; icon: LucideIcon }> = {
  ACTIVE: { variant: "success", icon: Handshake },
  COMPLETED: { variant: "default", icon: CircleCheck },
  ENDED: { variant: "outline", icon: CircleSlash },
};

/** A pairing's state in words, with an icon so colour is never the only clue. */
export function PairingStateBadge({ state }: { state: PairingState }) {
  const { variant, icon: Icon } = LOOKS[state];
  return (
    <Badge variant={variant}>
      <Icon aria-hidden />
      {PAIRING_STATE_LABELS[state]}
    </Badge>
  );
}

/** Steps both people have checked in on, as words and a bar. */
export function Progress({ done, total }: { done: number; total: number }) {
  const share = total ? Math.round((done / total) * 100) : 0;
  return (
    <div className="min-w-28 space-y-1">
      <p className="text-sm tabular-nums">{total ? `${done} of ${total} steps` : "No steps"}</p>
      <div aria-hidden className="h-1.5 w-full overflow-hidden rounded-full bg-muted">
        <div className="h-full rounded-full bg-primary" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}
