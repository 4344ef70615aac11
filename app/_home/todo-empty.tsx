import Link from "next/link";
import { ArrowRight, CheckCheck, Compass } from "lucide-react";
import type { HomeDto } from "@/lib/home/dto";
import { Button } from "@/components/ui/button";

/**
 * Nothing to do: say so, and what would help next. Someone new is pointed at a group to join; a member at the
 * programs open in their groups; someone whose mentorships are up to date is told they are, and where they are.
 */
export function TodoEmpty({ home }: { home: Pick<HomeDto, "groups" | "hasMentorships" | "openPrograms"> }) {
  const member = home.groups.some((g) => g.status === "ACTIVE");
  const Icon = home.hasMentorships ? CheckCheck : Compass;
  const [title, body] = home.hasMentorships
    ? ["You're all caught up", "Your check-ins are done and your messages read. New work shows up here as it comes."]
    : member
      ? [
          "Nothing to do yet",
          home.openPrograms.length
            ? "Mentorship starts with an application: pick a program below, apply as a mentor or a mentee, and once an admin matches you, your check-ins show up here."
            : "None of your groups is taking applications right now. Ask about a program in your group, or find another group that runs one.",
        ]
      : [
          "Start by finding a group",
          "Kinship happens in groups. Join one that fits you, then apply to its mentorship program as a mentor or a mentee.",
        ];
  return (
    <section
      aria-labelledby="todo-empty"
      className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-border bg-card px-4 py-10 text-center"
    >
      <Icon aria-hidden className="size-10 text-muted-foreground" />
      <h2 id="todo-empty" className="text-lg font-semibold">
        {title}
      </h2>
      <p className="max-w-md text-sm text-muted-foreground text-pretty">{body}</p>
      {home.openPrograms.length ? (
        <ul className="w-full max-w-md divide-y divide-border rounded-md border border-border text-start">
          {home.openPrograms.map((p) => (
            <li key={p.id}>
              <Link
                href={p.href}
                className="flex items-center gap-3 px-3 py-2 hover:bg-accent focus-visible:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring"
              >
                <span className="min-w-0 flex-1">
                  <span className="block font-medium">Apply to {p.name}</span>
                  <span className="block text-sm text-muted-foreground">Open for applications in {p.group.name}</span>
                </span>
                <ArrowRight aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap justify-center gap-2">
        {home.hasMentorships ? (
          <Button asChild>
            <Link href="/mentorships">My mentorships</Link>
          </Button>
        ) : null}
        <Button asChild variant={home.hasMentorships || home.openPrograms.length ? "outline" : "default"}>
          <Link href="/groups">Find a group</Link>
        </Button>
      </div>
    </section>
  );
}
