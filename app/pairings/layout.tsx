import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The pair space's forms and the thread speak from the pairs messages (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["pairs"]}>{children}</ClientMessages>;
}
