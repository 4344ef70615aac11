import type { ReactNode } from "react";
import { CalendarDays, GraduationCap, HeartHandshake, ListChecks, MessagesSquare, Users } from "lucide-react";
import type { ProgramDetailDto } from "@/lib/programs/dto";
import { CADENCES, CADENCE_LABELS } from "@/lib/programs/question-schema";
import { plural } from "./labels";

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

const cadences = CADENCES.map((c) => CADENCE_LABELS[c].toLowerCase());
const cadenceList = `${cadences.slice(0, -1).join(", ")} or ${cadences.at(-1)}`;

/**
 * What each side signs up for, derived from the program: its length, the number of steps and the weeks they
 * span, the meeting rhythms applicants choose from and the mentors' default capacity.
 */
export function Commitments({ program }: { program: ProgramDetailDto }) {
  const steps = program.steps.length;
  const lastWeek = program.steps.reduce((most, s) => Math.max(most, s.dueWeek), 0);
  const length =
    program.lengthWeeks === null
      ? "No fixed end: the pair decides together when they are done."
      : `${plural(program.lengthWeeks, "week")} from the day you're matched.`;
  const stepLine =
    steps === 0
      ? "Guided steps, written by the admins, to work through together."
      : `${plural(steps, "guided step")}${lastWeek ? ` over ${plural(lastWeek, "week")}` : ""}, each with a short check-in from both of you: a few lines and how it's going.`;
  const rhythm = `Meet as often as suits you both: ${cadenceList}. You say what suits you when you apply.`;

  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <section aria-labelledby="commit-mentee" className="space-y-3">
        <h3 id="commit-mentee" className="flex items-center gap-2 font-semibold">
          <GraduationCap aria-hidden className="size-5 text-primary" />
          As a mentee
        </h3>
        <ul className="space-y-2 text-sm">
          <Item icon={<CalendarDays />}>{length}</Item>
          <Item icon={<ListChecks />}>{stepLine}</Item>
          <Item icon={<MessagesSquare />}>{rhythm}</Item>
          <Item icon={<Users />}>
            The admins pick your mentor and introduce you; you talk in a private thread only the two of you see.
          </Item>
        </ul>
      </section>
      <section aria-labelledby="commit-mentor" className="space-y-3">
        <h3 id="commit-mentor" className="flex items-center gap-2 font-semibold">
          <HeartHandshake aria-hidden className="size-5 text-primary" />
          As a mentor
        </h3>
        <ul className="space-y-2 text-sm">
          <Item icon={<Users />}>
            Guide up to {plural(program.defaultMentorCapacity, "mentee")} at a time. You choose how many (1 to 10) when
            you apply.
          </Item>
          <Item icon={<CalendarDays />}>{length}</Item>
          <Item icon={<ListChecks />}>
            {steps === 0
              ? "Lead each step with your mentee and check in on how it went."
              : `Lead your mentee through the ${plural(steps, "step")} and check in at each one.`}
          </Item>
          <Item icon={<MessagesSquare />}>{rhythm}</Item>
        </ul>
      </section>
    </div>
  );
}
