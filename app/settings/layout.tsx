import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { SettingsNav } from "./settings-nav";

export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages areas={["accounts"]}>
      <SettingsNav />
      {children}
    </ClientMessages>
  );
}
