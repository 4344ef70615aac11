import type { Metadata } from "next";
import { requireUserForPage } from "@/lib/auth/session";
import { GroupForm, EMPTY_GROUP } from "@/components/groups/group-form";
import { Card, CardContent } from "@/components/ui/card";
import { createGroupAction } from "./actions";

export const metadata: Metadata = { title: "Create a group" };

export default async function NewGroupPage() {
  await requireUserForPage();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Create a group</h1>
        <p className="text-muted-foreground">
          You&apos;ll be its owner. You can change all of this later in the group&apos;s settings.
        </p>
      </div>
      <Card>
        <CardContent className="pt-6">
          <GroupForm action={createGroupAction} initial={EMPTY_GROUP} submitLabel="Create group" />
        </CardContent>
      </Card>
    </div>
  );
}
