import Link from "next/link";
import { useTranslations } from "next-intl";
import { CircleAlert, GraduationCap, HeartHandshake, LogIn, UserPlus } from "lucide-react";
import type { ProgramDetailDto } from "@/lib/programs/dto";
import type { Role } from "@/lib/programs/limits";
import { Button } from "@/components/ui/button";
import { applyHref, type ApplyOption } from "./labels";

export type ApplyViewer = "signed-out" | "visitor" | "requested" | "member";

const ROLE_ICONS = { MENTEE: GraduationCap, MENTOR: HeartHandshake } as const;

/** Why nobody can apply right now, in the program's own terms (a message of `programs.applyCard`). */
function closedReason(program: ProgramDetailDto, mentorshipEnabled: boolean) {
  if (!mentorshipEnabled) return "closedOff";
  if (program.archived) return "closedArchived";
  if (program.state === "DRAFT") return "closedDraft";
  if (program.state === "RUNNING") return "closedRunning";
  if (program.state === "CLOSED") return "closedClosed";
  return "closedOther";
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
  const t = useTranslations("programs.applyCard");
  const Icon = ROLE_ICONS[role];
  return (
    <Button asChild variant={role === "MENTEE" ? "default" : "outline"} className="w-full justify-start">
      <Link href={applyHref(slug, program.id, role)}>
        <Icon aria-hidden />
        {again ? t("applyAgainAs", { role }) : t("applyAs", { role })}
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
  const t = useTranslations("programs.applyCard");
  let body;
  if (!program.acceptingApplications) {
    body = (
      <p role="status" className="flex gap-2 text-sm text-muted-foreground">
        <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        {t(closedReason(program, mentorshipEnabled))}
      </p>
    );
  } else if (viewer === "signed-out") {
    body = (
      <>
        <p className="text-sm text-muted-foreground">{t("signInHint")}</p>
        <Button asChild className="w-full">
          <Link href={signInHref}>
            <LogIn aria-hidden className="rtl:-scale-x-100" />
            {t("signIn")}
          </Link>
        </Button>
      </>
    );
  } else if (viewer === "visitor" || viewer === "requested") {
    body =
      viewer === "requested" ? (
        <p className="text-sm text-muted-foreground">{t("requested")}</p>
      ) : (
        <>
          <p className="text-sm text-muted-foreground">{t("membersOnly")}</p>
          <Button asChild className="w-full">
            <Link href={`/groups/${slug}`}>
              <UserPlus aria-hidden />
              {t("join")}
            </Link>
          </Button>
        </>
      );
  } else {
    const open = options.filter((o) => o.kind === "apply" || o.kind === "reapply");
    const blocked = options.find((o) => o.kind === "blocked");
    body = (
      <>
        {open.length ? <p className="text-sm text-muted-foreground">{t("intro")}</p> : null}
        {open.length ? (
          <div className="space-y-2">
            {open.map((o) => (
              <RoleButton key={o.role} slug={slug} program={program} role={o.role} again={o.kind === "reapply"} />
            ))}
          </div>
        ) : null}
        {blocked && blocked.kind === "blocked" ? (
          <p className="text-sm text-muted-foreground">{t("blocked", { role: blocked.other })}</p>
        ) : program.allowDualRole && open.length > 0 ? (
          <p className="text-sm text-muted-foreground">{t("dualRole")}</p>
        ) : null}
        {open.length === 0 && !blocked ? <p className="text-sm text-muted-foreground">{t("applied")}</p> : null}
      </>
    );
  }
  return (
    <section aria-labelledby="take-part" className="space-y-3 rounded-lg border border-border bg-card p-4 shadow-sm">
      <h2 id="take-part" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {body}
    </section>
  );
}
