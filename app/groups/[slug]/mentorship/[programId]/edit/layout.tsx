import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The program editor's words and the state bar's, which only the settings page sends (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["programEditor", "programStates"]}>{children}</ClientMessages>;
}
