import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { readUnsubscribeToken } from "@/lib/email/unsubscribe-token";
import { kindLabel } from "@/lib/notifications/messages";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { UnsubscribeForm } from "./unsubscribe-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unsubscribe"))("title") };
}

export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const parsed = readUnsubscribeToken(token);
  const [t, locale] = await Promise.all([getTranslations("unsubscribe"), getLocale()]);
  return (
    <div className="mx-auto max-w-md py-10">
      <Card>
        <CardHeader>
          <CardTitle as="h1">{parsed ? t("title") : t("deadTitle")}</CardTitle>
          <CardDescription>
            {parsed
              ? t("description", { kind: kindLabel(locale, parsed.kind).toLocaleLowerCase(locale) })
              : t("deadDescription")}
          </CardDescription>
        </CardHeader>
        {parsed ? (
          <CardContent>
            <UnsubscribeForm token={token} />
          </CardContent>
        ) : null}
      </Card>
    </div>
  );
}
