import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUserForPage } from "@/lib/auth/session";
import { GroupForm, EMPTY_GROUP } from "@/components/groups/group-form";
import { Card, CardContent } from "@/components/ui/card";
import { createGroupAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.new"))("title") };
}

export default async function NewGroupPage() {
  await requireUserForPage();
  const t = await getTranslations("groups.new");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted-foreground">{t("description")}</p>
      </div>
      <Card>
        <CardContent className="pt-6">
          <GroupForm action={createGroupAction} initial={EMPTY_GROUP} submitLabel={t("submit")} />
        </CardContent>
      </Card>
    </div>
  );
}
