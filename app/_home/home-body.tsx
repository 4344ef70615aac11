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
  const clock = { now, timeZone: user.timeZone };
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="min-w-0 space-y-6 lg:col-span-2">
        <p className="text-muted-foreground text-pretty" data-testid="todo-summary">
          {home.sections.length
            ? `What needs you, most pressing first: ${summarize(home.sections)}.`
            : "Nothing needs you right now."}
        </p>
        {home.sections.length ? (
          home.sections.map((section) => <TodoSection key={section.kind} section={section} clock={clock} />)
        ) : (
          <TodoEmpty home={home} />
        )}
      </div>
      <aside aria-label="Your groups and profile" className="min-w-0 space-y-6">
        <ProfileNudge missing={home.profileMissing} />
        <YourGroups groups={home.groups} />
      </aside>
    </div>
  );
}
