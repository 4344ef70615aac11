import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The group form speaks from the group admin messages, which the feed does not carry.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["groups", "groupAdmin"]}>{children}</ClientMessages>;
}
