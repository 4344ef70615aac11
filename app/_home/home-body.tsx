import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { getHome } from "@/lib/home/get-home";
import { summarize } from "./describe";
import { ProfileNudge } from "./profile-nudge";
import { TodoEmpty } from "./todo-empty";
import { TodoSection } from "./todo-section";
import { YourGroups } from "./your-groups";

/** The signed-in home: what needs you, most pressing kind first; your groups and profile beside it. */
export async function HomeBody({ user }: { user: SessionUser }) {
  const now = new Date();
  const home = await getHome(user, now);
  const [t, locale] = await Promise.all([getTranslations("home"), getLocale()]);
  const clock = { now, timeZone: user.timeZone, locale, t };
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="min-w-0 space-y-6 lg:col-span-2">
        <p className="text-muted-foreground text-pretty" data-testid="todo-summary">
          {home.sections.length ? t("summary", { summary: summarize(home.sections, clock) }) : t("nothing")}
        </p>
        {home.sections.length ? (
          home.sections.map((section) => <TodoSection key={section.kind} section={section} clock={clock} />)
        ) : (
          <TodoEmpty home={home} />
        )}
      </div>
      <aside aria-label={t("asideLabel")} className="min-w-0 space-y-6">
        <ProfileNudge missing={home.profileMissing} />
        <YourGroups groups={home.groups} />
      </aside>
    </div>
  );
}
