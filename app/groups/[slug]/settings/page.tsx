import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getGroup } from "@/lib/groups/get-group";
import { findTransferCandidates } from "@/lib/groups/members/find-transfer-candidates";
import { orNotFound } from "@/lib/http/page";
import { GroupForm, type GroupFormValues } from "@/components/groups/group-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormSwitch } from "@/components/programs/admin/form-switch";
import { setMentorshipAction, updateGroupAction } from "./actions";
import { TransferOwnershipCard } from "./transfer-ownership-card";
import { ArchiveGroupCard } from "./archive-group-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.settings"))("metaTitle") };
}

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("groups.settings")]);
  const group = await orNotFound(getGroup(user, slug));
  const can = group.viewer.can;
  if (!can["group.update"]) notFound();
  const candidates = can["group.transfer"] ? await orNotFound(findTransferCandidates(user, slug)) : [];
  const initial: GroupFormValues = {
    name: group.name,
    description: group.description,
    privacy: group.privacy,
    visibility: group.visibility,
    coverColor: group.coverColor,
    postApprovalRequired: group.postApprovalRequired,
    rules: group.rules.map((r) => ({ title: r.title, body: r.body })),
    questions: group.questions.map((q) => ({ prompt: q.prompt, required: q.required })),
  };

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <GroupForm action={updateGroupAction.bind(null, group.slug)} initial={initial} submitLabel={t("save")} />
        </CardContent>
      </Card>

      {can["mentorship.manage"] ? (
        <Card id="mentorship" className="scroll-mt-24">
          <CardHeader>
            <CardTitle>{t("mentorshipTitle")}</CardTitle>
            <CardDescription>{t("mentorshipDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <FormSwitch
              action={setMentorshipAction}
              name="enabled"
              checked={group.mentorshipEnabled}
              fields={{ slug: group.slug }}
              label={t("mentorshipSwitch")}
              description={group.mentorshipEnabled ? t("mentorshipOn") : t("mentorshipOff")}
            />
          </CardContent>
        </Card>
      ) : null}

      {can["group.transfer"] ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("transferTitle")}</CardTitle>
            <CardDescription>{t("transferDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <TransferOwnershipCard candidates={candidates} />
          </CardContent>
        </Card>
      ) : null}

      {can["group.delete"] ? (
        <Card className="border-destructive/50">
          <CardHeader>
            <CardTitle className="text-destructive">{t("dangerTitle")}</CardTitle>
            <CardDescription>{t("dangerDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <ArchiveGroupCard slug={group.slug} name={group.name} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
