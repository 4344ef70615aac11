import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/accounts/get-profile";
import { findMyGroups } from "@/lib/groups/find-my-groups";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

const PILLARS = [
  {
    title: "Groups you trust",
    body: "Public circles and private ones, with rules, membership questions and admins who know their people.",
  },
  {
    title: "Matches made by people",
    body: "Admins pair mentors with mentees by hand, helped by suggestions that explain themselves.",
  },
  { title: "Private by design", body: "A pair's conversation is theirs alone. Admins see progress, never words." },
];

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="space-y-12">
        <section className="mx-auto max-w-3xl space-y-6 py-6 text-center sm:py-12">
          <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
            Volunteers helping volunteers, one pair at a time.
          </h1>
          <p className="text-lg text-muted-foreground text-pretty">
            Kinship is where communities run mentoring: soap makers teaching newcomers, first-generation students,
            parents supporting their kids, people changing careers.
          </p>
          <div className="flex flex-wrap justify-center gap-3">
            <Button asChild size="lg">
              <Link href="/sign-up">Create your account</Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="/sign-in">Sign in</Link>
            </Button>
          </div>
        </section>
        <section aria-labelledby="why" className="space-y-4">
          <h2 id="why" className="sr-only">
            Why Kinship
          </h2>
          <ul className="grid gap-4 sm:grid-cols-3">
            {PILLARS.map((p) => (
              <li key={p.title}>
                <Card className="h-full">
                  <CardHeader>
                    <CardTitle as="h3">{p.title}</CardTitle>
                  </CardHeader>
                  <CardContent>
                    <p className="text-muted-foreground">{p.body}</p>
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      </div>
    );
  }

  const [profile, groups] = await Promise.all([getOwnProfile(user), findMyGroups(user)]);
  const missing = [!profile.bio && "a short bio", profile.languages.length === 0 && "the languages you speak"].filter(
    Boolean,
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Welcome, {profile.name}</h1>
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Your groups</CardTitle>
            <CardDescription>The communities you belong to, with what&apos;s new in each.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-3">
            {groups.length === 0 ? (
              <p className="rounded-md border border-dashed border-border p-6 text-center text-muted-foreground">
                You haven&apos;t joined a group yet.
              </p>
            ) : (
              <ul className="divide-y divide-border">
                {groups.slice(0, 6).map((g) => (
                  <li key={g.id}>
                    <Link href={`/groups/${g.slug}`} className="flex items-center gap-3 py-2 hover:underline">
                      <span aria-hidden className="size-6 shrink-0 rounded" style={{ backgroundColor: g.coverColor }} />
                      <span className="min-w-0 flex-1 truncate">{g.name}</span>
                      {g.status === "PENDING" ? (
                        <span className="text-xs text-muted-foreground">Request pending</span>
                      ) : g.unread > 0 ? (
                        <span className="text-xs font-medium text-primary">{g.unread} new</span>
                      ) : null}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <Button asChild variant="outline" size="sm">
              <Link href="/groups">{groups.length === 0 ? "Discover groups" : "All groups"}</Link>
            </Button>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Your profile</CardTitle>
            <CardDescription>
              {missing.length
                ? `Add ${missing.join(" and ")} so admins can introduce you well.`
                : "Your profile is complete. Admins use it to introduce you."}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <Button asChild variant={missing.length ? "default" : "outline"}>
              <Link href="/settings/profile">{missing.length ? "Complete your profile" : "Edit profile"}</Link>
            </Button>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
