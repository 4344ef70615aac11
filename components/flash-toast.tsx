"use client";

import { useEffect } from "react";
import { toast } from "@/components/ui/toast";

/** Shows the flash message left by the last action once, then clears it. */
export function FlashToast({ message }: { message: string | null }) {
  useEffect(() => {
    if (!message) return;
    toast.success(message);
    document.cookie = "kinship-flash=; Max-Age=0; path=/; SameSite=Lax";
  }, [message]);
  return null;
}
