import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

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

/** What a signed-out visitor sees: what Kinship is, and the ways in. */
export function Landing() {
  return (
    <div className="space-y-12">
      <section className="mx-auto max-w-3xl space-y-6 py-6 text-center sm:py-12">
        <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
          Volunteers helping volunteers, one pair at a time.
        </h1>
        <p className="text-lg text-muted-foreground text-pretty">
          Kinship is where communities run mentoring: soap makers teaching newcomers, first-generation students, parents
          supporting their kids, people changing careers.
        </p>
        <div className="flex flex-wrap justify-center gap-3">
          <Button asChild size="lg">
            <Link href="/sign-up">Create your account</Link>
          </Button>
          <Button asChild size="lg" variant="outline">
            <Link href="/sign-in">Sign in</Link>
          </Button>
        </div>
        <p className="text-sm text-muted-foreground">
          Curious first?{" "}
          <Link href="/groups" className="font-medium text-primary underline-offset-4 hover:underline">
            Browse the public groups
          </Link>
          .
        </p>
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
