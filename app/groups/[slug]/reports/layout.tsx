import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The report queues speak from the group admin messages.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["groups", "groupAdmin"]}>{children}</ClientMessages>;
}
