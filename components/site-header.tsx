import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser, getShellCounts } from "@/lib/auth/session";
import { ThemeToggle } from "@/components/theme-toggle";
import { UserMenu } from "@/components/user-menu";
import { avatarPhoto } from "@/lib/photos/url";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { UnreadBadge } from "@/components/chat/unread-messages";
import { Button } from "@/components/ui/button";

export async function SiteHeader({ signOut }: { signOut: () => Promise<void> }) {
  const [user, shell, t] = await Promise.all([getCurrentUser(), getShellCounts(), getTranslations("shell")]);
  return (
    <header className="sticky top-0 z-40 border-b border-border bg-background/90 backdrop-blur supports-[backdrop-filter]:bg-background/75">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-3 sm:gap-4 sm:px-4">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span
            aria-hidden
            className="grid size-7 place-items-center rounded-md bg-primary text-sm font-bold text-primary-foreground"
          >
            K
          </span>
          <span className="max-sm:sr-only">Kinship</span>
        </Link>
        <nav aria-label={t("mainNav")} className="flex items-center gap-1 text-sm">
          <Link
            href="/"
            className="rounded-md px-2 py-1.5 text-muted-foreground hover:bg-accent hover:text-accent-foreground max-sm:hidden sm:px-3"
          >
            {t("home")}
          </Link>
          <Link
            href="/groups"
            className="rounded-md px-2 py-1.5 text-muted-foreground hover:bg-accent hover:text-accent-foreground sm:px-3"
          >
            {t("groups")}
          </Link>
          {user ? (
            <Link
              href="/mentorships"
              className="flex items-center gap-1 rounded-md px-2 py-1.5 text-muted-foreground hover:bg-accent hover:text-accent-foreground sm:px-3"
            >
              {t("mentorships")}
              <UnreadBadge />
            </Link>
          ) : null}
        </nav>
        <div className="ms-auto flex items-center gap-1 sm:gap-2">
          <ThemeToggle />
          {user ? (
            <>
              <NotificationBell initialUnread={shell?.notifications ?? 0} />
              <UserMenu
                name={user.name}
                email={user.email}
                photo={avatarPhoto({ id: user.id, photoVersion: user.photoVersion ?? null })}
                signOut={signOut}
              />
            </>
          ) : (
            <>
              <Button asChild variant="ghost" size="sm">
                <Link href="/sign-in">{t("signIn")}</Link>
              </Button>
              <Button asChild size="sm">
                <Link href="/sign-up">{t("join")}</Link>
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
