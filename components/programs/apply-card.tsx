import Link from "next/link";
import { CircleAlert, GraduationCap, HeartHandshake, LogIn, UserPlus } from "lucide-react";
import type { ProgramDetailDto } from "@/lib/programs/dto";
import type { Role } from "@/lib/programs/schemas";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, applyHref, type ApplyOption } from "./labels";

export type ApplyViewer = "signed-out" | "visitor" | "requested" | "member";

const ROLE_ICONS = { MENTEE: GraduationCap, MENTOR: HeartHandshake } as const;

/** Why nobody can apply right now, in the program's own terms. */
function closedReason(program: ProgramDetailDto, mentorshipEnabled: boolean): string {
  if (!mentorshipEnabled) return "Mentorship is switched off in this group, so nobody can apply for now.";
  if (program.archived) return "This program is archived. It stays here to read, but takes no applications.";
  if (program.state === "DRAFT") return "This program is a draft: members can't see it yet, and nobody can apply.";
  if (program.state === "RUNNING")
    return "This program is running with the people already in it. It isn't taking new applications.";
  if (program.state === "CLOSED") return "This program has ended and isn't taking applications.";
  return "This program isn't taking applications right now.";
}

function RoleButton({
  slug,
  program,
  role,
  again,
}: {
  slug: string;
  program: ProgramDetailDto;
  role: Role;
  again?: boolean;
}) {
  const Icon = ROLE_ICONS[role];
  return (
    <Button asChild variant={role === "MENTEE" ? "default" : "outline"} className="w-full justify-start">
      <Link href={applyHref(slug, program.id, role)}>
        <Icon aria-hidden />
        {again ? `Apply again as ${ROLE_LABELS[role].a}` : `Apply as ${ROLE_LABELS[role].a}`}
      </Link>
    </Button>
  );
}

/**
 * The program page's call to action: apply as mentee or mentor where the viewer may, or why they can't (not
 * taking applications, not signed in, not a member yet). Their own applications are shown beside it.
 */
export function ApplyCard({
  slug,
  program,
  viewer,
  options,
  signInHref,
  mentorshipEnabled,
}: {
  slug: string;
  program: ProgramDetailDto;
  viewer: ApplyViewer;
  options: ApplyOption[];
  signInHref: string;
  mentorshipEnabled: boolean;
}) {
  let body;
  if (!program.acceptingApplications) {
    body = (
      <p role="status" className="flex gap-2 text-sm text-muted-foreground">
        <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        {closedReason(program, mentorshipEnabled)}
      </p>
    );
  } else if (viewer === "signed-out") {
    body = (
      <>
        <p className="text-sm text-muted-foreground">Sign in and join the group to apply as a mentor or a mentee.</p>
        <Button asChild className="w-full">
          <Link href={signInHref}>
            <LogIn aria-hidden />
            Sign in to apply
          </Link>
        </Button>
      </>
    );
  } else if (viewer === "visitor" || viewer === "requested") {
    body =
      viewer === "requested" ? (
        <p className="text-sm text-muted-foreground">
          Your request to join the group is waiting. Once you&apos;re in, you can apply here.
        </p>
      ) : (
        <>
          <p className="text-sm text-muted-foreground">Only members of the group can apply.</p>
          <Button asChild className="w-full">
            <Link href={`/groups/${slug}`}>
              <UserPlus aria-hidden />
              Join the group to apply
            </Link>
          </Button>
        </>
      );
  } else {
    const open = options.filter((o) => o.kind === "apply" || o.kind === "reapply");
    const blocked = options.find((o) => o.kind === "blocked");
    body = (
      <>
        {open.length ? (
          <p className="text-sm text-muted-foreground">
            Mentees are guided through the steps; mentors guide them. The admins read every application and match the
            pairs.
          </p>
        ) : null}
        {open.length ? (
          <div className="space-y-2">
            {open.map((o) => (
              <RoleButton key={o.role} slug={slug} program={program} role={o.role} again={o.kind === "reapply"} />
            ))}
          </div>
        ) : null}
        {blocked && blocked.kind === "blocked" ? (
          <p className="text-sm text-muted-foreground">{blocked.reason}</p>
        ) : program.allowDualRole && open.length > 0 ? (
          <p className="text-sm text-muted-foreground">In this program you may be a mentor and a mentee at once.</p>
        ) : null}
        {open.length === 0 && !blocked ? (
          <p className="text-sm text-muted-foreground">You&apos;ve applied. Your applications are below.</p>
        ) : null}
      </>
    );
  }
  return (
    <section aria-labelledby="take-part" className="space-y-3 rounded-lg border border-border bg-card p-4 shadow-sm">
      <h2 id="take-part" className="text-lg font-semibold">
        Take part
      </h2>
      {body}
    </section>
  );
}
