import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The program editor's words and its template picker's, which only its pages send (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["programEditor", "programTemplates"]}>{children}</ClientMessages>;
}
