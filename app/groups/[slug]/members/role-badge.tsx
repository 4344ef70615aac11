import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** Role badges: members get none, so the people who run the group stand out. */
export function RoleBadge({ role }: { role: string }) {
  const t = useTranslations("groups");
  if (role === "MEMBER") return null;
  return <Badge variant={role === "MODERATOR" ? "secondary" : "default"}>{t("role", { role })}</Badge>;
}
