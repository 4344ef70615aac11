import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The program editor's words, which only its pages send (the mentorship layout sends the other areas'; the areas
// repeated here cost nothing more: the page's data refers to the same messages).
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages areas={["groups", "programs", "matching", "pairs", "programEditor"]}>{children}</ClientMessages>
  );
}
