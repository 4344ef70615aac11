import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The cohort draft's words only, not the board's (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["cohortDraft"]}>{children}</ClientMessages>;
}
