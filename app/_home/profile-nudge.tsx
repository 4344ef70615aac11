import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ProfileGap } from "@/lib/home/dto";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** Shown only while the profile lacks what admins introduce people with. */
export function ProfileNudge({ missing }: { missing: ProfileGap[] }) {
  const t = useTranslations("home.nudge");
  if (missing.length === 0) return null;
  const which = missing.length > 1 ? "both" : missing[0]!;
  return (
    <Card>
      <CardHeader className="pb-4">
        <CardTitle as="h2" className="text-lg">
          {t("title")}
        </CardTitle>
        <CardDescription>{t("body", { missing: which })}</CardDescription>
      </CardHeader>
      <CardContent>
        <Button asChild size="sm">
          <Link href="/settings/profile">{t("edit")}</Link>
        </Button>
      </CardContent>
    </Card>
  );
}
