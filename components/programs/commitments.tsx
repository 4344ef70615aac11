import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { CalendarDays, GraduationCap, HeartHandshake, ListChecks, MessagesSquare, Users } from "lucide-react";
import type { ProgramDetailDto } from "@/lib/programs/dto";

function Item({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <li className="flex gap-2.5">
      <span aria-hidden className="mt-0.5 text-primary [&_svg]:size-4">
        {icon}
      </span>
      <span>{children}</span>
    </li>
  );
}

/**
 * What each side signs up for, derived from the program: its length, the number of steps and the weeks they
 * span, the meeting rhythms applicants choose from and the mentors' default capacity.
 */
export function Commitments({ program }: { program: ProgramDetailDto }) {
  const t = useTranslations("programs.commitments");
  const steps = program.steps.length;
  const lastWeek = program.steps.reduce((most, s) => Math.max(most, s.dueWeek), 0);
  const length = program.lengthWeeks === null ? t("noEnd") : t("length", { count: program.lengthWeeks });
  const stepLine =
    steps === 0
      ? t("stepsNone")
      : lastWeek
        ? t("stepsOver", { count: steps, weeks: lastWeek })
        : t("steps", { count: steps });
  const rhythm = t("rhythm");

  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <section aria-labelledby="commit-mentee" className="space-y-3">
        <h3 id="commit-mentee" className="flex items-center gap-2 font-semibold">
          <GraduationCap aria-hidden className="size-5 text-primary" />
          {t("asMentee")}
        </h3>
        <ul className="space-y-2 text-sm">
          <Item icon={<CalendarDays />}>{length}</Item>
          <Item icon={<ListChecks />}>{stepLine}</Item>
          <Item icon={<MessagesSquare />}>{rhythm}</Item>
          <Item icon={<Users />}>{t("introduce")}</Item>
        </ul>
      </section>
      <section aria-labelledby="commit-mentor" className="space-y-3">
        <h3 id="commit-mentor" className="flex items-center gap-2 font-semibold">
          <HeartHandshake aria-hidden className="size-5 text-primary" />
          {t("asMentor")}
        </h3>
        <ul className="space-y-2 text-sm">
          <Item icon={<Users />}>{t("capacity", { count: program.defaultMentorCapacity })}</Item>
          <Item icon={<CalendarDays />}>{length}</Item>
          <Item icon={<ListChecks />}>{steps === 0 ? t("leadNone") : t("lead", { count: steps })}</Item>
          <Item icon={<MessagesSquare />}>{rhythm}</Item>
        </ul>
      </section>
    </div>
  );
}
