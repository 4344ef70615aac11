import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// Applying: the form's words only (lib/i18n/client-messages.ts; the group's layout sends its header's).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["apply"]}>{children}</ClientMessages>;
}
