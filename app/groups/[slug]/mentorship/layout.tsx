import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// Mentorship pages: programs, applying, matching and the progress dashboard (whose charts are the pairs area's).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages areas={["groups", "programs", "matching", "pairs"]}>{children}</ClientMessages>;
}
