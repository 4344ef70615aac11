import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// Every group page's client components (header, tabs, feed, members) speak from the groups messages.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["groups"]}>{children}</ClientMessages>;
}
