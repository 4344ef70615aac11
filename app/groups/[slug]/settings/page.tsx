import type { Metadata } from "next";
import { notFound } from "next/navigation";
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

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await getCurrentUser();
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
          <CardTitle>Group settings</CardTitle>
          <CardDescription>
            Changes are saved for everyone at once and recorded in the group&apos;s activity.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <GroupForm action={updateGroupAction.bind(null, group.slug)} initial={initial} submitLabel="Save settings" />
        </CardContent>
      </Card>

      {can["mentorship.manage"] ? (
        <Card id="mentorship" className="scroll-mt-24">
          <CardHeader>
            <CardTitle>Mentorship</CardTitle>
            <CardDescription>
              Run mentorship programs in this group: members apply as mentors or mentees, and you match them.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <FormSwitch
              action={setMentorshipAction}
              name="enabled"
              checked={group.mentorshipEnabled}
              fields={{ slug: group.slug }}
              label="Mentorship programs"
              description={
                group.mentorshipEnabled ? (
                  <>
                    On: members see the Mentorship tab and can apply to open programs. Turning it off hides programs
                    from members and stops new programs and applications; nothing is deleted and pairs already working
                    keep going.
                  </>
                ) : (
                  <>
                    Off: members don&apos;t see the Mentorship tab, and no programs or applications can start. Turn it
                    on to create programs from templates and open them to members.
                  </>
                )
              }
            />
          </CardContent>
        </Card>
      ) : null}

      {can["group.transfer"] ? (
        <Card>
          <CardHeader>
            <CardTitle>Transfer ownership</CardTitle>
            <CardDescription>
              Hand the group to another member. Only the owner can archive the group or transfer it.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <TransferOwnershipCard candidates={candidates} />
          </CardContent>
        </Card>
      ) : null}

      {can["group.delete"] ? (
        <Card className="border-destructive/50">
          <CardHeader>
            <CardTitle className="text-destructive">Danger zone</CardTitle>
            <CardDescription>
              Archiving takes the group out of the directory and closes it to members. Posts, members and programs are
              kept, not destroyed.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ArchiveGroupCard slug={group.slug} name={group.name} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
