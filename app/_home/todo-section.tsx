import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  CalendarClock,
  ChevronRight,
  CircleAlert,
  ClipboardList,
  Flag,
  Handshake,
  Hourglass,
  MessageCircle,
  PenLine,
  UserPlus,
  UserSearch,
  type LucideIcon,
} from "lucide-react";
import type { TodoKind, TodoSection as Section } from "@/lib/home/dto";
import { cn } from "@/lib/utils/cn";
import { describeItem, headingOf, moreText, type Clock } from "./describe";

const ICONS: Record<TodoKind, LucideIcon> = {
  checkIn: PenLine,
  message: MessageCircle,
  match: Handshake,
  meeting: CalendarClock,
  report: Flag,
  stalledPair: Hourglass,
  application: ClipboardList,
  waitingMentee: UserSearch,
  joinRequest: UserPlus,
};

/**
 * One kind of work: its heading with the count, the most pressing items (each a link straight to where it is
 * done, saying what and why), and a link to the rest.
 */
export function TodoSection({ section, clock }: { section: Section; clock: Clock }) {
  const Icon = ICONS[section.kind];
  const t = useTranslations("home");
  const headingId = `todo-${section.kind}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid={`todo-${section.kind}`}>
      <h2 id={headingId} className="flex items-center gap-2 text-base font-semibold">
        <Icon aria-hidden className="size-4 text-muted-foreground" />
        {headingOf(section.kind, t)}
        {/* Read as "Check-ins, 3". */}
        <span className="sr-only">, </span>
        <span className="rounded-full bg-muted px-2 text-xs font-medium leading-5 tabular-nums text-foreground">
          {section.total}
        </span>
      </h2>
      <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-card shadow-sm">
        {section.items.map((item) => {
          const text = describeItem(item, clock);
          return (
            <li key={item.id}>
              <Link
                href={item.href}
                className={cn(
                  "group flex items-center gap-3 px-4 py-3 transition-colors hover:bg-accent focus-visible:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring",
                  text.overdue && "border-s-4 border-s-warning ps-3",
                )}
              >
                <span className="min-w-0 flex-1">
                  <span className="block font-medium leading-snug break-words">{text.title}</span>
                  <span className="mt-0.5 block text-sm text-muted-foreground break-words">{text.detail}</span>
                </span>
                {text.overdue ? (
                  <span className="inline-flex shrink-0 items-center gap-1 rounded-full bg-warning/15 px-2 py-0.5 text-xs font-medium text-foreground">
                    <CircleAlert aria-hidden className="size-3.5 text-warning" />
                    {t("overdue")}
                  </span>
                ) : null}
                <ChevronRight
                  aria-hidden
                  className="size-4 shrink-0 text-muted-foreground transition-transform group-hover:translate-x-0.5 rtl:-scale-x-100 rtl:group-hover:-translate-x-0.5"
                />
              </Link>
            </li>
          );
        })}
      </ul>
      {section.more ? (
        <p className="text-sm">
          <Link href={section.more.href} className="font-medium text-primary underline-offset-4 hover:underline">
            {moreText(section, t)}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
