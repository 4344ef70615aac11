import { useTranslations } from "next-intl";
import { CircleCheck, CircleSlash, Play } from "lucide-react";
import type { PairingStateDto } from "@/lib/pairings/dto";
import { Badge } from "@/components/ui/badge";

const LOOKS = {
  ACTIVE: { variant: "default", icon: Play },
  COMPLETED: { variant: "success", icon: CircleCheck },
  ENDED: { variant: "outline", icon: CircleSlash },
} as const;

/** A pairing's state in words, with an icon so colour is never the only clue. */
export function PairingStateBadge({ state }: { state: PairingStateDto }) {
  const t = useTranslations("pairings");
  const look = LOOKS[state];
  const Icon = look.icon;
  return (
    <Badge variant={look.variant}>
      <Icon aria-hidden />
      {t("state", { state })}
    </Badge>
  );
}
