import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// My mentorships' one speaking client component is a card's unread link (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["mentorships"]}>{children}</ClientMessages>;
}
