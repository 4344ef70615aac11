import { Badge } from "@/components/ui/badge";

const LABELS: Record<string, string> = { OWNER: "Owner", ADMIN: "Admin", MODERATOR: "Moderator", MEMBER: "Member" };

/** Role badges: members get none, so the people who run the group stand out. */
export function RoleBadge({ role }: { role: string }) {
  if (role === "MEMBER") return null;
  return <Badge variant={role === "MODERATOR" ? "secondary" : "default"}>{LABELS[role] ?? role}</Badge>;
}

export function roleLabel(role: string): string {
  return LABELS[role] ?? role;
}
