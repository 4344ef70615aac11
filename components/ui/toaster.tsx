"use client";

import type { CSSProperties } from "react";
import { useTheme } from "next-themes";
import { Toaster as Sonner } from "sonner";
import { useTranslations } from "next-intl";

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

export function Toaster() {
  const { resolvedTheme } = useTheme();
  const t = useTranslations("ui");
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
