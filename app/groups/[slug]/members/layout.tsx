import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The members page's lists, dialogs and invitations speak from the group admin messages.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["groups", "groupAdmin"]}>{children}</ClientMessages>;
}
