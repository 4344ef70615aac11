import { Archive, CircleDot, FilePen, Lock, Play } from "lucide-react";
import { PROGRAM_STATE_LABELS, type ProgramState } from "@/lib/programs/state-machine";
import { Badge } from "@/components/ui/badge";

const ICONS = { DRAFT: FilePen, OPEN: CircleDot, RUNNING: Play, CLOSED: Lock } as const;
const VARIANTS = { DRAFT: "outline", OPEN: "success", RUNNING: "default", CLOSED: "secondary" } as const;

/** A program's state in words and an icon (never colour alone); archived programs say so. */
export function ProgramStateBadge({ state, archived = false }: { state: ProgramState; archived?: boolean }) {
  if (archived)
    return (
      <Badge variant="secondary">
        <Archive aria-hidden />
        Archived
      </Badge>
    );
  const Icon = ICONS[state];
  return (
    <Badge variant={VARIANTS[state]}>
      <Icon aria-hidden />
      {PROGRAM_STATE_LABELS[state]}
    </Badge>
  );
}
