import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { getGroup } from "@/lib/groups/get-group";
import { orNotFound } from "@/lib/http/page";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata: Metadata = { title: "About" };

export default async function AboutPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const group = await orNotFound(getGroup(await getCurrentUser(), slug));
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="lg:col-span-2">
        <CardHeader>
          <CardTitle>About this group</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          <p className="whitespace-pre-line">{group.description || "The admins haven't written a description yet."}</p>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-medium">{group.privacy === "PUBLIC" ? "Public" : "Private"}</dt>
              <dd className="text-muted-foreground">
                {group.privacy === "PUBLIC"
                  ? "Anyone can see who's in the group and what they post."
                  : "Only members can see who's in the group and what they post."}
              </dd>
            </div>
            <div>
              <dt className="font-medium">{group.visibility === "HIDDEN" ? "Hidden" : "Visible"}</dt>
              <dd className="text-muted-foreground">
                {group.visibility === "HIDDEN"
                  ? "Only members and invitees can find this group."
                  : "Anyone can find this group."}
              </dd>
            </div>
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Rules</CardTitle>
        </CardHeader>
        <CardContent>
          {group.rules.length === 0 ? (
            <p className="text-sm text-muted-foreground">No rules yet.</p>
          ) : (
            <ol className="list-decimal space-y-3 ps-5">
              {group.rules.map((r) => (
                <li key={r.id}>
                  <p className="font-medium">{r.title}</p>
                  {r.body ? <p className="whitespace-pre-line text-sm text-muted-foreground">{r.body}</p> : null}
                </li>
              ))}
            </ol>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
