"use client";

import { useEffect, useState, type CSSProperties } from "react";
import { useTheme } from "next-themes";
import { useTranslations } from "next-intl";
import { loadToasts, whenToastsLoad } from "@/components/ui/toast";

// Sonner's stock rich colours fall just under 4.5:1; map them onto the app's AA-checked tokens.
const tint = (token: string) => `color-mix(in srgb, var(--${token}) 10%, var(--popover))`;
const edge = (token: string) => `color-mix(in srgb, var(--${token}) 40%, var(--popover))`;

const style = {
  "--normal-bg": "var(--popover)",
  "--normal-text": "var(--popover-foreground)",
  "--normal-border": "var(--border)",
  "--success-bg": tint("success"),
  "--success-border": edge("success"),
  "--success-text": "var(--success)",
  "--error-bg": tint("destructive"),
  "--error-border": edge("destructive"),
  "--error-text": "var(--destructive)",
  "--info-bg": tint("primary"),
  "--info-border": edge("primary"),
  "--info-text": "var(--primary)",
  "--warning-bg": tint("warning"),
  "--warning-border": edge("warning"),
  "--warning-text": "var(--warning)",
  "--border-radius": "var(--radius)",
  fontFamily: "var(--font-sans)",
} as CSSProperties;

type SonnerToaster = Awaited<ReturnType<typeof loadToasts>>["Toaster"];

/**
 * Sonner's Toaster, loaded off the critical path: when the browser is first idle after the page has loaded (so its
 * live region is in the page before the first toast, for screen readers), or at once by the first toast (ui/toast).
 */
export function Toaster() {
  const { resolvedTheme } = useTheme();
  const t = useTranslations("ui");
  const [Sonner, setSonner] = useState<SonnerToaster | null>(null);
  useEffect(() => {
    // A toast asked for before then (a flash message at hydration) loads sonner itself: the Toaster follows.
    const stop = whenToastsLoad((m) => setSonner(() => m.Toaster));
    const load = () => void loadToasts();
    const idle = "requestIdleCallback" in window ? window.requestIdleCallback(load, { timeout: 4000 }) : undefined;
    const timer = idle === undefined ? window.setTimeout(load, 2000) : undefined;
    return () => {
      stop();
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, []);
  if (!Sonner) return null;
  return (
    <Sonner
      theme={resolvedTheme === "dark" ? "dark" : resolvedTheme === "light" ? "light" : "system"}
      position="top-center"
      richColors
      closeButton
      style={style}
      containerAriaLabel={t("toasts")}
      toastOptions={{ closeButtonAriaLabel: t("closeToast") }}
    />
  );
}
