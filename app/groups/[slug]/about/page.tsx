import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getGroup } from "@/lib/groups/get-group";
import { orNotFound } from "@/lib/http/page";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.about"))("metaTitle") };
}

export default async function AboutPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const group = await orNotFound(getGroup(await getCurrentUser(), slug));
  const t = await getTranslations("groups.about");
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="lg:col-span-2">
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          <p dir="auto" className="whitespace-pre-line">
            {group.description || t("noDescription")}
          </p>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-medium">{group.privacy === "PUBLIC" ? t("public") : t("private")}</dt>
              <dd className="text-muted-foreground">
                {group.privacy === "PUBLIC" ? t("publicHint") : t("privateHint")}
              </dd>
            </div>
            <div>
              <dt className="font-medium">{group.visibility === "HIDDEN" ? t("hidden") : t("visible")}</dt>
              <dd className="text-muted-foreground">
                {group.visibility === "HIDDEN" ? t("hiddenHint") : t("visibleHint")}
              </dd>
            </div>
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("rules")}</CardTitle>
        </CardHeader>
        <CardContent>
          {group.rules.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("noRules")}</p>
          ) : (
            <ol className="list-decimal space-y-3 ps-5">
              {group.rules.map((r) => (
                <li key={r.id}>
                  <p dir="auto" className="font-medium">
                    {r.title}
                  </p>
                  {r.body ? (
                    <p dir="auto" className="whitespace-pre-line text-sm text-muted-foreground">
                      {r.body}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
