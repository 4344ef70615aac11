"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { Monitor, Moon, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import { Button } from "@/components/ui/button";

const order = ["light", "dark", "system"] as const;
type ThemeChoice = (typeof order)[number];

const icons = { light: Sun, dark: Moon, system: Monitor } satisfies Record<ThemeChoice, unknown>;

const subscribe = () => () => {};

function useMounted() {
  // false on the server and during hydration, true afterwards, without a setState-in-effect.
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

function toChoice(theme: string | undefined): ThemeChoice {
  return theme === "light" || theme === "dark" ? theme : "system";
}

export function ThemeToggle({ className }: { className?: string }) {
  const { theme, setTheme } = useTheme();
  const mounted = useMounted();
  const t = useTranslations("shell");

  // The stored theme is unknown on the server; a neutral placeholder avoids a hydration mismatch.
  if (!mounted) {
    return (
      <Button variant="ghost" size="icon" className={className} aria-label={t("theme")} disabled>
        <span className="size-4" aria-hidden="true" />
      </Button>
    );
  }

  const current = toChoice(theme);
  const next = order[(order.indexOf(current) + 1) % order.length] ?? "light";
  const Icon = icons[current];

  return (
    <Button
      variant="ghost"
      size="icon"
      className={className}
      aria-label={t("themeSwitch", { current, next })}
      title={t("themeSwitch", { current, next })}
      onClick={() => setTheme(next)}
    >
      <Icon aria-hidden="true" />
    </Button>
  );
}
