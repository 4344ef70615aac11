"use client";

import type { MouseEvent, ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { LoaderCircle } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";

export type SubmitButtonProps = Omit<ButtonProps, "asChild" | "type" | "children"> & {
  children: ReactNode;
  pendingLabel?: ReactNode;
};

export function SubmitButton({ children, pendingLabel, disabled, onClick, ...props }: SubmitButtonProps) {
  const { pending } = useFormStatus();

  // aria-disabled rather than disabled while pending keeps keyboard focus on the button.
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (pending) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };

  return (
    <Button {...props} type="submit" disabled={disabled} aria-disabled={pending || undefined} onClick={handleClick}>
      {pending ? <LoaderCircle className="motion-safe:animate-spin" aria-hidden="true" /> : null}
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </Button>
  );
}
