"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { LoaderCircle } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";

/** A submit button that says what to do ("intent"), and shows progress only when it is the one pressed. */
export function IntentButton({
  intent,
  pendingLabel,
  children,
  ...props
}: Omit<ButtonProps, "type" | "name" | "value" | "children"> & {
  intent: string;
  pendingLabel: string;
  children: ReactNode;
}) {
  const { pending, data } = useFormStatus();
  const mine = pending && data?.get("intent") === intent;
  return (
    <Button
      {...props}
      type="submit"
      name="intent"
      value={intent}
      aria-disabled={pending || undefined}
      onClick={(e) => pending && e.preventDefault()}
    >
      {mine ? <LoaderCircle aria-hidden className="motion-safe:animate-spin" /> : null}
      {mine ? pendingLabel : children}
    </Button>
  );
}
