import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

const PILLARS = ["trust", "match", "private"] as const;

/** What a signed-out visitor sees: what Kinship is, and the ways in. */
export async function Landing() {
  const t = await getTranslations("home.landing");
  return (
    <div className="space-y-12">
      <section className="mx-auto max-w-3xl space-y-6 py-6 text-center sm:py-12">
        <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">{t("title")}</h1>
        <p className="text-lg text-muted-foreground text-pretty">{t("lead")}</p>
        <div className="flex flex-wrap justify-center gap-3">
          <Button asChild size="lg">
            <Link href="/sign-up">{t("createAccount")}</Link>
          </Button>
          <Button asChild size="lg" variant="outline">
            <Link href="/sign-in">{t("signIn")}</Link>
          </Button>
        </div>
        <p className="text-sm text-muted-foreground">
          {t.rich("curious", {
            link: (chunks) => (
              <Link href="/groups" className="font-medium text-primary underline-offset-4 hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </section>
      <section aria-labelledby="why" className="space-y-4">
        <h2 id="why" className="sr-only">
          {t("why")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {PILLARS.map((p) => (
            <li key={p}>
              <Card className="h-full">
                <CardHeader>
                  <CardTitle as="h3">{t(`${p}Title`)}</CardTitle>
                </CardHeader>
                <CardContent>
                  <p className="text-muted-foreground">{t(`${p}Body`)}</p>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
