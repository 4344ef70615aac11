import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// One application's decision panel speaks from its own few messages (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["applicationDecision"]}>{children}</ClientMessages>;
}
