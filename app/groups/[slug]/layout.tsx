import type { ReactNode } from "react";
import { Users } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getGroup } from "@/lib/groups/get-group";
import { pendingCounts } from "@/lib/badges/pending-counts";
import { markSeenAfterResponse } from "@/lib/groups/group-page";
import { orNotFound } from "@/lib/http/page";
import { PrivacyLabel } from "@/components/groups/group-card";
import { GroupTabs, type GroupTab } from "@/components/groups/group-tabs";
// Loaded with the page, not on demand: joining is the page's first call to action, and a click on the server-rendered
// button before a lazily loaded control had hydrated was lost (the join dialog never opened).
import { JoinControls } from "@/components/groups/join-controls";
import { joinGroupAction, leaveGroupAction } from "./actions";

export default async function GroupLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const user = await getCurrentUser();
  const group = await orNotFound(getGroup(user, slug));
  const can = group.viewer.can;
  const [counts] = await Promise.all([
    pendingCounts(group.id, can, user?.id ?? null),
    // Opening a group clears its unread count in "Your groups" (after the response, once per few minutes).
    markSeenAfterResponse(user, slug),
  ]);
  const base = `/groups/${group.slug}`;
  const t = await getTranslations("groups.tabs");
  const tabs: GroupTab[] = [
    { href: base, label: t("discussion") },
    { href: `${base}/about`, label: t("about") },
    { href: `${base}/members`, label: t("members") },
    // Members see it while mentorship is on; owners and admins always, to switch it on.
    ...(can["programs.read"]
      ? [
          {
            href: `${base}/mentorship`,
            label: t("mentorship"),
            count: can["applications.review"] ? counts.applications : 0,
          },
        ]
      : []),
    ...(can["members.approve"] ? [{ href: `${base}/requests`, label: t("requests"), count: counts.requests }] : []),
    ...(can["reports.review"] ? [{ href: `${base}/reports`, label: t("reports"), count: counts.reports }] : []),
    ...(can["audit.read"] ? [{ href: `${base}/activity`, label: t("activity") }] : []),
    ...(can["group.update"] ? [{ href: `${base}/settings`, label: t("settings") }] : []),
  ];
  return (
    <div className="space-y-6">
      <header className="overflow-hidden rounded-xl border border-border bg-card">
        <div aria-hidden className="h-24 sm:h-32" style={{ backgroundColor: group.coverColor }} />
        <div className="space-y-4 px-4 pt-4 sm:px-6">
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div className="min-w-0 space-y-1">
              <h1 dir="auto" className="text-2xl font-semibold tracking-tight sm:text-3xl">
                {group.name}
              </h1>
              <p className="flex flex-wrap gap-x-3 text-sm text-muted-foreground">
                <PrivacyLabel privacy={group.privacy} hidden={group.visibility === "HIDDEN"} />
                <span className="inline-flex items-center gap-1">
                  <Users aria-hidden className="size-3.5" />
                  {t("memberCount", { count: group.memberCount })}
                </span>
              </p>
            </div>
            <JoinControls group={group} actions={{ join: joinGroupAction, leave: leaveGroupAction }} />
          </div>
          <GroupTabs tabs={tabs} />
        </div>
      </header>
      {children}
    </div>
  );
}
