import type { LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Archive, CircleCheck, CircleX, Clock, FilePen, Handshake, Hourglass, Lock, Play, Undo2 } from "lucide-react";
import type { ApplicationState, ProgramState } from "@/lib/programs/state-machine";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { cn } from "@/lib/utils/cn";

type Look = { variant: BadgeProps["variant"]; icon: LucideIcon; className?: string };

const WARNING = "border-transparent bg-warning text-warning-foreground";

const APPLICATION_LOOKS: Record<ApplicationState, Look> = {
  DRAFT: { variant: "secondary", icon: FilePen },
  PENDING: { variant: "secondary", icon: Clock },
  APPROVED: { variant: "success", icon: CircleCheck },
  MATCHED: { variant: "default", icon: Handshake },
  WAITLISTED: { variant: "outline", icon: Hourglass, className: WARNING },
  DECLINED: { variant: "outline", icon: CircleX },
  WITHDRAWN: { variant: "outline", icon: Undo2, className: "text-muted-foreground" },
};

const PROGRAM_LOOKS: Record<ProgramState, Look> = {
  DRAFT: { variant: "secondary", icon: FilePen },
  OPEN: { variant: "success", icon: CircleCheck },
  RUNNING: { variant: "default", icon: Play },
  CLOSED: { variant: "outline", icon: Lock },
};

/** An application's state in words, with an icon so colour is never the only clue. */
export function ApplicationStateBadge({ state, className }: { state: ApplicationState; className?: string }) {
  const t = useTranslations("programs.applicationState");
  const look = APPLICATION_LOOKS[state];
  const Icon = look.icon;
  return (
    <Badge variant={look.variant} className={cn(look.className, className)}>
      <Icon aria-hidden />
      {t(state)}
    </Badge>
  );
}

export function ProgramStateBadge({ state, archived }: { state: ProgramState; archived?: boolean }) {
  const t = useTranslations("programs.programState");
  if (archived)
    return (
      <Badge variant="outline">
        <Archive aria-hidden />
        {t("ARCHIVED")}
      </Badge>
    );
  const look = PROGRAM_LOOKS[state];
  const Icon = look.icon;
  return (
    <Badge variant={look.variant} className={look.className}>
      <Icon aria-hidden />
      {t(state)}
    </Badge>
  );
}
