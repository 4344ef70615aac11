import Link from "next/link";
import type { ApplicationDetailDto } from "@/lib/programs/applications/get-application";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ApplicationStateBadge } from "./state-badge";
import { ROLE_LABELS } from "./labels";

const ROLE_WORDS: Record<string, string> = { OWNER: "Owner", ADMIN: "Admin", MODERATOR: "Moderator", MEMBER: "Member" };

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
  const facts: [string, string][] = [
    ["Member since", joinedLabel ?? "Not a member any more"],
    ["Role", history.role ? (ROLE_WORDS[history.role] ?? history.role) : "None"],
    ["Posts", String(history.posts)],
    ["Comments", String(history.comments)],
    ["Completed pairings", String(history.completedPairings)],
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h3" className="text-lg">
          In this group
        </CardTitle>
        <CardDescription>Their history here, to read beside the answers.</CardDescription>
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
          <h4 className="text-sm font-semibold">Other applications</h4>
          {history.applications.length === 0 ? (
            <p className="text-sm text-muted-foreground">None: this is their first.</p>
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
                    <span className="text-muted-foreground">as {ROLE_LABELS[a.role].a}</span>
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
