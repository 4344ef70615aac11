import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The notifications page's mark-all button speaks from its own few messages (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["notifications"]}>{children}</ClientMessages>;
}
