import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The group form, transfer and archive cards speak from the group admin messages.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["groups", "groupAdmin"]}>{children}</ClientMessages>;
}
