import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ApplicationDetailDto } from "@/lib/programs/applications/get-application";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ApplicationStateBadge } from "./state-badge";

/** What the group knows of the applicant: how long they've been around, what they've written, past programs. */
export function ApplicantHistory({
  history,
  slug,
  joinedLabel,
}: {
  history: NonNullable<ApplicationDetailDto["history"]>;
  slug: string;
  joinedLabel: string | null;
}) {
  const t = useTranslations("applications.history");
  const facts: [string, string][] = [
    [t("memberSince"), joinedLabel ?? t("notMember")],
    [t("role"), history.role ? t("groupRole", { role: history.role }) : t("none")],
    [t("posts"), String(history.posts)],
    [t("comments"), String(history.comments)],
    [t("completedPairings"), String(history.completedPairings)],
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h3" className="text-lg">
          {t("title")}
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        <dl className="grid grid-cols-2 gap-x-4 gap-y-3 text-sm">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-muted-foreground">{label}</dt>
              <dd className="font-medium">{value}</dd>
            </div>
          ))}
        </dl>
        <div className="space-y-2">
          <h4 className="text-sm font-semibold">{t("otherApplications")}</h4>
          {history.applications.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("first")}</p>
          ) : (
            <ul className="space-y-2">
              {history.applications.map((a, i) => (
                <li
                  key={`${a.programId}:${a.role}:${i}`}
                  className="flex flex-wrap items-center justify-between gap-2 text-sm"
                >
                  <span>
                    <Link
                      href={`/groups/${slug}/mentorship/${a.programId}`}
                      className="text-primary underline underline-offset-4"
                    >
                      {a.programName}
                    </Link>{" "}
                    <span className="text-muted-foreground">{t("as", { role: a.role })}</span>
                  </span>
                  <ApplicationStateBadge state={a.state} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
