"use client";

import { useEffect, useRef } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils/cn";

export type GroupTab = { href: string; label: string; count?: number };

/** The group's sections; the current one is marked for assistive technology too. */
export function GroupTabs({ tabs }: { tabs: GroupTab[] }) {
  const pathname = usePathname();
  const t = useTranslations("groups.tabs");
  const current = [...tabs]
    .sort((a, b) => b.href.length - a.href.length)
    .find((t) => pathname === t.href || pathname.startsWith(`${t.href}/`));
  const activeRef = useRef<HTMLAnchorElement>(null);
  // On narrow screens the tabs scroll sideways: keep the current one in view.
  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [current?.href]);
  return (
    <nav aria-label={t("navLabel")} className="-mb-px flex gap-1 overflow-x-auto">
      {tabs.map((tab) => {
        const active = current?.href === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            ref={active ? activeRef : undefined}
            className={cn(
              "whitespace-nowrap border-b-2 px-3 py-2.5 text-sm font-medium",
              active
                ? "border-primary text-foreground"
                : "border-transparent text-muted-foreground hover:text-foreground",
            )}
          >
            {tab.label}
            {tab.count ? (
              <span className="ms-1.5 rounded-full bg-primary px-1.5 py-0.5 text-xs text-primary-foreground">
                {tab.count}
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
