import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// My mentorships' client components speak from the pairs messages (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["pairs"]}>{children}</ClientMessages>;
}
