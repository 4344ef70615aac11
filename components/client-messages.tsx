import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages, type ClientArea } from "@/lib/i18n/client-messages";

/**
 * Sends the messages of these areas' client components to the browser, with the shell's (lib/i18n/
 * client-messages.ts): an area's layout or page wraps its content in it, so a page carries only what its client
 * components can say. Locale, time zone and formats come from the request, as in the root layout.
 */
export async function ClientMessages({ areas, children }: { areas: readonly ClientArea[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={clientMessages(messages, areas)}>{children}</NextIntlClientProvider>;
}
