"use client";

import type { ReactNode } from "react";
import { clearChatStorage } from "@/components/chat/clear-chat-storage";

/** A sign-out form that first clears what this browser keeps of the person's chats (drafts, unsent messages). */
export function SignOutForm({ action, children }: { action: () => Promise<void>; children: ReactNode }) {
  return (
    <form action={action} onSubmit={() => clearChatStorage()}>
      {children}
    </form>
  );
}
