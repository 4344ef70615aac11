import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { GeistSans } from "geist/font/sans";
import { DirectionProvider } from "@radix-ui/react-direction";
import { arabicFont } from "@/lib/brand/arabic-font";
import "./globals.css";
// The resolvers of the one door and the departure hook, for every page (server actions and API routes load it too).
import "@/lib/wiring";
import { ThemeProvider } from "@/components/theme-provider";
import { SiteHeader } from "@/components/site-header";
import { Toaster } from "@/components/ui/toaster";
import { FlashToast } from "@/components/flash-toast";
import { readFlash } from "@/lib/request/flash";
import { getCurrentUser, getShellCounts } from "@/lib/auth/session";
import { RealtimeProvider } from "@/components/realtime-provider";
import { UnreadMessagesProvider } from "@/components/chat/unread-messages";
import { ReaderTimeZoneProvider } from "@/components/reader-time-zone";
import { BRAND } from "@/lib/brand/icon-mark";
import { VerifyEmailBanner } from "@/components/verify-email-banner";
import { resendVerificationAction } from "./(auth)/verify-email/actions";
import { signOutAction } from "./(auth)/actions";
import { setLanguageAction } from "./language-actions";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/client-messages";
import { directionOf } from "@/lib/i18n/locales";
import { SiteFooter } from "@/components/site-footer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: "Kinship", template: "%s · Kinship" }, description: t("description") };
}

// The browser's bar takes the page's background in each colour scheme (as globals.css sets them).
export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: BRAND.light.background },
    { media: "(prefers-color-scheme: dark)", color: BRAND.dark.background },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const [flash, user, shell] = await Promise.all([readFlash(), getCurrentUser(), getShellCounts()]);
  const unreadMessages = shell?.threads ?? {};
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations("shell"), getMessages()]);
  return (
    <html
      lang={locale}
      dir={directionOf(locale)}
      suppressHydrationWarning
      className={`${GeistSans.variable} ${arabicFont.variable}`}
    >
      <body className="flex min-h-dvh flex-col bg-background font-sans text-foreground antialiased">
        <NextIntlClientProvider messages={clientMessages(messages)}>
          {/* Radix menus and dialogs read the direction from context (arrow keys, alignment), not from <html dir>. */}
          <DirectionProvider dir={directionOf(locale)}>
            <ThemeProvider nonce={nonce}>
              <ReaderTimeZoneProvider zone={user?.timeZone ?? null}>
                <RealtimeProvider enabled={user !== null}>
                  <UnreadMessagesProvider
                    key={user?.id ?? "signed-out"}
                    initial={unreadMessages}
                    userId={user?.id ?? null}
                  >
                    <a
                      href="#main"
                      className="sr-only focus:not-sr-only focus:fixed focus:start-4 focus:top-3 focus:z-50 focus:rounded-md focus:bg-primary focus:px-3 focus:py-2 focus:text-primary-foreground"
                    >
                      {t("skipToContent")}
                    </a>
                    <SiteHeader signOut={signOutAction} />
                    {user && user.emailVerified === false ? (
                      <VerifyEmailBanner email={user.email} action={resendVerificationAction} />
                    ) : null}
                    {/* At least a screen tall (less the 3.5rem header): the footer starts below the fold, so a page that grows
                        as it streams in (a skeleton, then the content) does not push it about on screen (CLS). */}
                    <main
                      id="main"
                      className="mx-auto min-h-[calc(100dvh-3.5rem)] w-full max-w-6xl flex-1 px-4 py-6 sm:py-10"
                    >
                      {children}
                    </main>
                    <SiteFooter action={setLanguageAction} />
                    <Toaster />
                    <FlashToast message={flash} />
                  </UnreadMessagesProvider>
                </RealtimeProvider>
              </ReaderTimeZoneProvider>
            </ThemeProvider>
          </DirectionProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
