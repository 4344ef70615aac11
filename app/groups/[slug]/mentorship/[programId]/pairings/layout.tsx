import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The pairings list's words only: rows, ending and moving a pairing (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["adminPairings"]}>{children}</ClientMessages>;
}
