"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils/cn";

/** The settings pages, in the order a member looks for them. Each new settings page adds itself here. */
export const SETTINGS_PAGES = [
  { href: "/settings/profile", key: "profile" },
  { href: "/settings/account", key: "account" },
  { href: "/settings/notifications", key: "notifications" },
  { href: "/settings/privacy", key: "privacy" },
] as const;

export function SettingsNav() {
  const pathname = usePathname();
  const t = useTranslations("settings.nav");
  return (
    <nav aria-label={t("label")} className="mx-auto mb-6 max-w-2xl overflow-x-auto">
      <ul className="flex gap-1 border-b">
        {SETTINGS_PAGES.map((page) => {
          const current = pathname === page.href || pathname.startsWith(`${page.href}/`);
          return (
            <li key={page.href}>
              <Link
                href={page.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "-mb-px inline-block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                  current
                    ? "border-primary text-foreground"
                    : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                {t(page.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
