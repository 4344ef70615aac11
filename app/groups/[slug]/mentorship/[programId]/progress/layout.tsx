import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The progress dashboard's rows and actions speak from their own few messages (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["progressDashboard"]}>{children}</ClientMessages>;
}
