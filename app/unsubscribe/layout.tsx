import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The unsubscribe form speaks from the accounts messages (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["accounts"]}>{children}</ClientMessages>;
}
